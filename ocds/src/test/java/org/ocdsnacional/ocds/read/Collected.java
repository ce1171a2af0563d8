package org.ocdsnacional.ocds.read;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

import java.util.ArrayList;
import java.util.List;

/** A visitor that keeps everything it is handed, in order. */
final class Collected implements ReleaseVisitor {

    final List<Release> releases = new ArrayList<>();
    final List<PackageMetadata> metadata = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();
    final List<ReadProblem> warnings = new ArrayList<>();
    final List<LinkedRelease> links = new ArrayList<>();
    final List<PackageMetadata> packages = new ArrayList<>();

    @Override
    public void release(Release release, PackageMetadata packageInfo) {
        releases.add(release);
        metadata.add(packageInfo);
    }

    @Override
    public void problem(ReadProblem problem) {
        problems.add(problem);
    }

    @Override
    public void warning(ReadProblem warning) {
        warnings.add(warning);
    }

    @Override
    public void linkedRelease(LinkedRelease link, PackageMetadata packageInfo) {
        links.add(link);
    }

    @Override
    public void packageEnd(PackageMetadata complete) {
        packages.add(complete);
    }

    List<String> ids() {
        return releases.stream().map(Release::id).toList();
    }
}
