using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Architecture;

/// <summary>
/// Modules and themes build on the core's contracts only: no module or theme references another module's project,
/// and a theme's views are found before a module's default views of the same path.
/// </summary>
public sealed class ProjectGraphTests
{
    public static TheoryData<string> ModulesAndThemes()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "src/Modules", "themes" })
        {
            foreach (var project in Directory.EnumerateFiles(OrchardWebApplicationFactory.RepositoryFolder(folder), "*.csproj", SearchOption.AllDirectories))
            {
                data.Add(Path.GetFileName(project));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModulesAndThemes))]
    public void A_module_or_theme_references_only_the_core(string projectFile)
    {
        var project = Directory.EnumerateFiles(OrchardWebApplicationFactory.RepositoryFolder("src/Modules"), projectFile, SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(OrchardWebApplicationFactory.RepositoryFolder("themes"), projectFile, SearchOption.AllDirectories))
            .Single();

        var references = XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileName(r.Attribute("Include")!.Value)).ToList();

        Assert.Equal(["DanVan.Orchard.csproj"], references);
    }

    [Fact]
    public void Theme_views_are_found_before_module_views()
    {
        using var site = new OrchardWebApplicationFactory();
        var parts = site.Services.GetRequiredService<ApplicationPartManager>().ApplicationParts.Select(p => p.Name).ToList();

        Assert.True(parts.IndexOf("DanVan.Theme") < parts.IndexOf("DanVan.Articles"), string.Join(", ", parts));
        Assert.True(parts.IndexOf("DanVan.AdminTheme") < parts.IndexOf("DanVan.Contents"), string.Join(", ", parts));
    }
}
