using DanVan.Tenants.Services;

namespace DanVan.Tenants.ViewModels;

public sealed class FeatureProfilesViewModel
{
    public IReadOnlyList<FeatureProfile> Profiles { get; set; } = [];

    public IReadOnlyList<(string Id, string Name)> Features { get; set; } = [];

    public string Name { get; set; } = string.Empty;

    public string Rules { get; set; } = string.Empty;
}
