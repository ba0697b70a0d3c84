"""Settings layering (defaults < file < SITREP_* environment < overrides) and the errors for bad settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import ConfigError
from sitrep.settings import SPACY_MAX_LENGTH, Settings, load_settings

NAMES = ("MODEL", "BATCH_SIZE", "PROCESSES", "DB", "MAX_CHARS", "CHECK_LANGUAGE", "CONFIG")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    """No SITREP_* settings from the caller's environment, and no sitrep.toml in the working directory."""
    for name in NAMES:
        monkeypatch.delenv(f"SITREP_{name}", raising=False)
    monkeypatch.chdir(tmp_path)


def write_toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_defaults():
    settings = load_settings()
    assert settings == Settings()
    assert settings.batch_size == 8  # small batches keep memory flat as the corpus grows (README, Scale)
    assert settings.keep_sourceless is True  # unattributed incidents are kept, source null (README, Design)
    assert settings.processes == 0  # auto: see sitrep.coder.choose_processes
    assert settings.db == "sitrep.duckdb"
    assert settings.check_language is True
    assert 0 < settings.max_chars <= SPACY_MAX_LENGTH  # spaCy refuses longer texts


def test_settings_file_over_defaults(tmp_path):
    path = write_toml(tmp_path, 'batch_size = 16\ndb = "events.duckdb"\ncheck_language = false\n')
    settings = load_settings(config=path)
    assert (settings.batch_size, settings.db, settings.check_language) == (16, "events.duckdb", False)
    assert settings.processes == 0


def test_settings_file_in_working_directory(tmp_path):
    (tmp_path / "sitrep.toml").write_text("processes = 3\n", encoding="utf-8")
    assert load_settings().processes == 3


def test_settings_env_over_file(tmp_path, monkeypatch):
    path = write_toml(tmp_path, "batch_size = 16\nprocesses = 2\n")
    monkeypatch.setenv("SITREP_BATCH_SIZE", "4")
    monkeypatch.setenv("SITREP_CHECK_LANGUAGE", "no")
    settings = load_settings(config=path)
    assert (settings.batch_size, settings.processes, settings.check_language) == (4, 2, False)


def test_settings_overrides_over_env(tmp_path, monkeypatch):
    path = write_toml(tmp_path, 'model = "from_file"\n')
    monkeypatch.setenv("SITREP_MODEL", "from_env")
    monkeypatch.setenv("SITREP_PROCESSES", "2")
    settings = load_settings(config=path, overrides={"model": "from_caller", "processes": None})
    assert settings.model == "from_caller"
    assert settings.processes == 2  # None means "not given": the environment's value stays


def test_settings_config_path_from_env(tmp_path, monkeypatch):
    path = write_toml(tmp_path, "max_chars = 5000\n")
    monkeypatch.setenv("SITREP_CONFIG", str(path))
    assert load_settings().max_chars == 5000


def test_settings_unknown_name_in_file(tmp_path):
    path = write_toml(tmp_path, "batch_sise = 8\n")
    with pytest.raises(ConfigError, match="batch_sise") as info:
        load_settings(config=path)
    assert info.value.exit_code == 2


def test_settings_unknown_override():
    with pytest.raises(ConfigError, match="colour"):
        load_settings(overrides={"colour": True})


def test_settings_unrelated_env_vars_are_ignored(monkeypatch):
    monkeypatch.setenv("SITREP_SHARED", "/somewhere")
    assert load_settings() == Settings()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("SITREP_BATCH_SIZE", "many"),
        ("SITREP_BATCH_SIZE", "0"),
        ("SITREP_PROCESSES", "-2"),
        ("SITREP_MAX_CHARS", "5000000"),
        ("SITREP_CHECK_LANGUAGE", "maybe"),
    ],
)
def test_settings_bad_env_value(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    setting = name.removeprefix("SITREP_").lower()
    with pytest.raises(ConfigError, match=setting):
        load_settings()


@pytest.mark.parametrize(
    "line",
    ["batch_size = 3.5", "batch_size = true", 'check_language = "perhaps"', "model = 5", "db = [1, 2]"],
)
def test_settings_bad_file_value(tmp_path, line):
    path = write_toml(tmp_path, line + "\n")
    with pytest.raises(ConfigError, match=line.split()[0]):
        load_settings(config=path)


def test_settings_broken_toml(tmp_path):
    path = write_toml(tmp_path, "batch_size = \n")
    with pytest.raises(ConfigError, match="settings.toml"):
        load_settings(config=path)


def test_settings_missing_named_file(tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match="nowhere.toml"):
        load_settings(config=tmp_path / "nowhere.toml")
    monkeypatch.setenv("SITREP_CONFIG", str(tmp_path / "elsewhere.toml"))
    with pytest.raises(ConfigError, match="elsewhere.toml"):
        load_settings()
