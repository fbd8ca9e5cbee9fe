using DanVan.Orchard.Modules;

namespace DanVan.Orchard.Tests.Modules;

public sealed class FeatureCatalogTests
{
    private static FeatureDescriptor Feature(string id, params string[] dependencies) =>
        new(id, id, string.Empty, string.Empty, dependencies, "Test");

    private readonly FeatureCatalog _catalog = new(
    [
        Feature("Contents"),
        Feature("Articles", "Contents"),
        Feature("MeetingReports", "Contents"),
        Feature("Search", "Articles", "MeetingReports"),
        Feature("Users"),
    ]);

    [Fact]
    public void Enabling_a_feature_brings_its_dependencies_transitively()
    {
        var closure = _catalog.WithDependencies(["Search"]);

        Assert.Equal(["Articles", "Contents", "MeetingReports", "Search"], closure.Order());
    }

    [Fact]
    public void Dependency_ids_are_case_insensitive_and_reported_with_their_declared_case()
    {
        Assert.Equal(["Articles", "Contents"], _catalog.WithDependencies(["articles"]).Order());
    }

    [Fact]
    public void Disabling_a_feature_takes_its_enabled_dependents_along()
    {
        var enabled = new HashSet<string>(["Contents", "Articles", "Search", "Users"], StringComparer.OrdinalIgnoreCase);

        var closure = _catalog.WithDependents(["Contents"], enabled);

        // MeetingReports depends on Contents but is not enabled, so it is not listed; Users is unrelated.
        Assert.Equal(["Articles", "Contents", "Search"], closure.Order());
    }

    [Fact]
    public void Unknown_feature_is_refused_by_name()
    {
        var error = Assert.Throws<UnknownFeatureException>(() => _catalog.WithDependencies(["Articles", "Nope"]));

        Assert.Equal("Nope", error.FeatureId);
    }

    [Fact]
    public void A_dependency_no_module_provides_is_refused_when_the_catalog_is_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FeatureCatalog([Feature("Articles", "Contents")]));

        Assert.Contains("'Contents'", error.Message);
    }
}
