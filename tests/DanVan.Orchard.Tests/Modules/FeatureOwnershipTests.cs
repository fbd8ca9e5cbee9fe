using DanVan.Orchard.Modules;

namespace DanVan.Orchard.Tests.Modules;

/// <summary>Which feature a type belongs to, the one answer every gate (endpoints, handlers, menus, steps) uses.</summary>
public sealed class FeatureOwnershipTests
{
    // This test assembly plays a module: its main feature is the one named like the assembly.
    private static readonly string ModuleFeature = typeof(FeatureOwnershipTests).Assembly.GetName().Name!;

    private readonly FeatureCatalog _catalog = new(
    [
        new FeatureDescriptor(ModuleFeature, "Module", string.Empty, string.Empty, [], ModuleFeature),
        new FeatureDescriptor("Module.Extra", "Extra", string.Empty, string.Empty, [ModuleFeature], ModuleFeature),
    ]);

    private sealed class MainFeatureHandler;

    [RequiresFeature("Module.Extra")]
    private sealed class ExtraFeatureHandler;

    [Fact]
    public void A_module_type_belongs_to_its_modules_main_feature()
    {
        Assert.Equal(ModuleFeature, _catalog.FeatureOf(typeof(MainFeatureHandler)));
    }

    [Fact]
    public void A_type_naming_another_feature_of_its_module_belongs_to_that_one()
    {
        Assert.Equal("Module.Extra", _catalog.FeatureOf(typeof(ExtraFeatureHandler)));
    }

    [Fact]
    public void A_framework_type_belongs_to_no_feature_and_is_always_on()
    {
        Assert.Null(_catalog.FeatureOf(typeof(FeatureManager)));
        Assert.Null(_catalog.FeatureOf(typeof(string)));
    }
}
