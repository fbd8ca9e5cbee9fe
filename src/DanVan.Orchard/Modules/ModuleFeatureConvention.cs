using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace DanVan.Orchard.Modules;

/// <summary>
/// Gates every MVC controller of a module by <see cref="FeatureCatalog.FeatureOf"/>: the module's main feature (the
/// one whose id is the assembly name), unless the controller names another with <see cref="RequiresFeatureAttribute"/>. A forgotten attribute
/// therefore hides an endpoint rather than exposing it in tenants that did not enable the module.
/// </summary>
public sealed class ModuleFeatureConvention(FeatureCatalog catalog) : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        foreach (var controller in application.Controllers)
        {
            if (controller.ControllerType.GetCustomAttribute<RequiresFeatureAttribute>() is not null)
            {
                continue;
            }

            if (catalog.FeatureOf(controller.ControllerType) is not { } featureId)
            {
                continue;
            }

            foreach (var selector in controller.Actions.SelectMany(action => action.Selectors))
            {
                selector.EndpointMetadata.Add(new RequiresFeatureAttribute(featureId));
            }
        }
    }
}
