using DanVan.Orchard.Contents.Fields;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Tests.Contents;

/// <summary>Parts and field types are active only where the feature of the module that registered them is on.</summary>
public sealed class ContentElementsTests
{
    [Fact]
    public void A_handler_of_a_feature_the_tenant_has_off_is_not_found_and_its_field_type_is_unknown()
    {
        var services = new ServiceCollection();
        services.AddContentField("CoreField").WithHandler<NoOpFieldHandler>();
        var first = services.Count;
        services.AddContentField("LinkField").WithHandler<NoOpFieldHandler>();
        services.AddContentPart("MapPart").WithHandler<NoOpPartHandler>();
        ModuleRegistrations.AssignFeature(services, first, "Maps");
        using var provider = services.BuildServiceProvider();
        var registrations = provider.GetServices<ContentElementRegistration>().ToList();

        var off = new ContentElements(registrations, new HashSet<string>(), provider);
        var on = new ContentElements(registrations, new HashSet<string> { "Maps" }, provider);

        Assert.Null(off.FieldHandler("LinkField"));
        Assert.Null(off.PartHandler("MapPart"));
        Assert.Equal(["CoreField"], off.FieldTypes);
        Assert.IsType<NoOpFieldHandler>(on.FieldHandler("LinkField"));
        Assert.IsType<NoOpPartHandler>(on.PartHandler("MapPart"));
        Assert.Equal(["CoreField", "LinkField"], on.FieldTypes);
    }

    [Fact]
    public void A_module_registration_gets_the_modules_feature_unless_it_names_one()
    {
        var services = new ServiceCollection();
        services.AddContentField("Framework").WithHandler<NoOpFieldHandler>();
        var first = services.Count;
        var own = services.AddContentField("Own").WithHandler<NoOpFieldHandler>().Registration;
        var named = services.AddContentField("Named").ForFeature("Other").Registration;

        ModuleRegistrations.AssignFeature(services, first, "Module");

        Assert.Null(services.Select(s => s.ImplementationInstance).OfType<ContentElementRegistration>().First().FeatureId);
        Assert.Equal("Module", own.FeatureId);
        Assert.Equal("Other", named.FeatureId);
    }

    [Fact]
    public void A_handler_of_the_wrong_kind_is_refused_at_registration()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddContentPart("TitlePart").WithHandler<NoOpFieldHandler>());
    }

    private sealed class NoOpFieldHandler : IContentFieldHandler
    {
        public Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class NoOpPartHandler : IContentPartHandler
    {
        public Task NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
