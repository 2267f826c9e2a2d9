"""The pinned public operator sources: manifest, fetch with hash checks, the committed results,
and (slow) one real build against both frameworks."""
from __future__ import annotations

import hashlib
import json

import pytest

from paddlecamp import repo_path
from paddlecamp.cppcompat import sources


@pytest.fixture(scope="module")
def manifest():
    return sources.load_sources()


def test_manifest_pins_at_least_three_sources_from_three_projects(manifest):
    assert len(manifest) >= 3
    assert len({s.project for s in manifest}) >= 3
    for source in manifest:
        assert "==" in source.sdist and len(source.sdist_sha256) == 64 and "LICENSE" in source.files
        assert all(len(digest) == 64 for digest in source.files.values())
        assert set(source.compile) <= set(source.files)
        assert (sources.vendor_dir() / "bindings" / source.binding).is_file()


def _archive(contents: dict[str, bytes], top: str = "pkg-1.0") -> bytes:
    """A .tar.gz holding ``contents`` below one top folder, as a source distribution does."""
    import io
    import tarfile
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for path, data in contents.items():
            info = tarfile.TarInfo(f"{top}/{path}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_fetch_checks_the_archive_and_every_file_against_their_hashes(manifest, tmp_path):
    source = next(s for s in manifest if s.name == "grid")
    contents = {path: f"content of {path}".encode() for path in source.files}
    archive = _archive({**contents, "setup.py": b"# not wanted"})
    faked = sources.Source(**{**source.__dict__, "sdist_sha256": hashlib.sha256(archive).hexdigest(),
                              "files": {p: hashlib.sha256(c).hexdigest() for p, c in contents.items()}})
    requested = []

    def download(spec):
        requested.append(spec)
        return archive

    written = sources.fetch(faked, tmp_path, download)
    assert len(written) == len(contents) and sources.file_problems(faked, tmp_path) == []
    assert requested == [source.sdist] and not (tmp_path / source.folder_name / "setup.py").exists()
    assert sources.fetch(faked, tmp_path, download) == [] and len(requested) == 1   # already there
    (tmp_path / source.folder_name / "csrc" / "cpu" / "grid_cpu.cpp").write_text("edited")
    assert any("sha256 differs" in p for p in sources.file_problems(faked, tmp_path))
    tampered = sources.Source(**{**faked.__dict__, "files": {**faked.files, "LICENSE": "0" * 64}})
    with pytest.raises(sources.SourceManifestError, match="LICENSE in .* does not match the pinned sha256"):
        sources.fetch(tampered, tmp_path / "again", download)


def test_an_archive_that_does_not_match_is_refused(manifest, tmp_path):
    source = manifest[0]
    with pytest.raises(sources.SourceManifestError, match="archive of .* does not match the pinned sha256"):
        sources.fetch(source, tmp_path, lambda spec: _archive({"x": b"something else"}))
    assert not any(tmp_path.rglob("*.cpp"))


def test_manifest_errors_name_the_source_and_field(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("- {name: broken, project: a/b, sdist: b==1, sdist_sha256: h, licence: MIT, files: {x.cpp: h},"
                    " binding: b.cpp, inputs: {}, calls: [], compile: [y.cpp]}\n")
    with pytest.raises(sources.SourceManifestError, match=r"source #1 \(broken\): 'compile' lists files not in 'files'"):
        sources.load_sources(path)


def test_committed_results_report_every_source_on_both_frameworks(manifest):
    data = json.loads(repo_path("data", "results", "cppcompat_sources_2026-12-01.json").read_text())
    reported = {s["name"]: s for s in data["sources"]}
    assert set(reported) == {s.name for s in manifest}
    for name, source in reported.items():
        torch = source["results"]["torch"]
        assert torch["builds"] and torch["runs"] and torch["matches"], name
        paddle = source["results"]["paddle"]
        # either it works or the first gap says where (file:line: message)
        assert paddle["matches"] or (paddle["first_gap"] and ":" in paddle["first_gap"]), name


def test_scatter_fetched_from_the_registry_builds_with_shims_and_matches_torch(manifest, tmp_path):
    # the whole path on a clean clone: pinned archive -> unmodified upstream kernel -> paddle + shims
    source = next(s for s in manifest if s.name == "scatter")
    try:
        sources.fetch(source, tmp_path)
    except OSError as error:  # no registry: the committed results still stand
        pytest.skip(f"cannot download {source.sdist}: {error}")
    from paddlecamp.cppcompat.audit import Variant, same_value
    shimmed = Variant("paddle", shims=True)
    module, error, _ = sources.build_source(source, shimmed, tmp_path)
    assert error is None, error
    calls = sources.run_source(source, shimmed, module)
    wanted = sources.references(source)
    assert set(wanted) <= set(calls) and all("value" in c for c in calls.values()), calls
    assert all(same_value(calls[n]["value"], wanted[n]) for n in wanted)


@pytest.mark.slow
def test_grid_builds_and_matches_on_torch_and_paddle_with_shims(manifest):
    source = next(s for s in manifest if s.name == "grid")
    if sources.file_problems(source):
        pytest.skip("upstream files not fetched (paddlecamp cppcompat sources --fetch)")
    results = sources.check_sources([source], shims=True, progress=False)["grid"]
    assert results["torch"].matches
    assert not results["paddle"].builds and results["paddle"].first_gap
    assert results["paddle+shims"].matches, results["paddle+shims"]
