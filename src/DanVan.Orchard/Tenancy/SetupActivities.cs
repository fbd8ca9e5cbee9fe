using System.Diagnostics;

namespace DanVan.Orchard.Tenancy;

/// <summary>
/// Where a tenant setup spends its time, as <see cref="Activity"/> spans ("setup.database", "setup.migrations",
/// "recipe.step" with the step's name…) of the source <see cref="SourceName"/>: bench/DanVan.Bench --tenants prints the
/// breakdown, and an OpenTelemetry exporter can record it. Without a listener a span costs nothing.
/// </summary>
public static class SetupActivities
{
    public const string SourceName = "DanVan.Orchard.Setup";

    /// <summary>The tag naming what a span covers beyond its kind (the recipe, the step, the handler).</summary>
    public const string NameTag = "danvan.name";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>A span, or null when no one listens; dispose it when the work is done.</summary>
    public static Activity? Start(string kind, string? name = null)
    {
        var activity = Source.StartActivity(kind, ActivityKind.Internal);
        if (activity is not null && name is not null)
        {
            activity.SetTag(NameTag, name);
        }

        return activity;
    }
}
