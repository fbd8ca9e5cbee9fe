using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Modules;

/// <summary>Gives what a module's startup registered its feature, once, when the services are built.</summary>
public static class ModuleRegistrations
{
    /// <summary>
    /// Every <see cref="IFeatureBound"/> instance registered from <paramref name="first"/> on without a feature gets
    /// <paramref name="featureId"/>: the module's registrations are active only where its feature is on, without each
    /// registration having to remember to say so.
    /// </summary>
    public static void AssignFeature(IServiceCollection services, int first, string? featureId)
    {
        for (var i = first; i < services.Count; i++)
        {
            if (!services[i].IsKeyedService && services[i].ImplementationInstance is IFeatureBound { FeatureId: null } bound)
            {
                bound.FeatureId = featureId;
            }
        }
    }
}
