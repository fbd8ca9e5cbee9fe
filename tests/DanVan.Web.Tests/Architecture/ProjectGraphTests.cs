using System.Xml.Linq;
using DanVan.Orchard.Modules;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Architecture;

/// <summary>
/// Modules and themes build on the contracts only (DanVan.Orchard.Abstractions): no module or theme references the
/// core's implementation or another module's project; the contracts pull in no database, image or HTML library; and a
/// theme's views are found before a module's default views of the same path.
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
    public void A_module_or_theme_references_only_the_abstractions(string projectFile)
    {
        var project = Directory.EnumerateFiles(OrchardWebApplicationFactory.RepositoryFolder("src/Modules"), projectFile, SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(OrchardWebApplicationFactory.RepositoryFolder("themes"), projectFile, SearchOption.AllDirectories))
            .Single();

        var references = XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileName(r.Attribute("Include")!.Value)).ToList();

        Assert.Equal(["DanVan.Orchard.Abstractions.csproj"], references);
    }

    [Fact]
    public void The_abstractions_reference_no_infrastructure_library()
    {
        var abstractions = typeof(ModuleStartup).Assembly;
        Assert.Equal("DanVan.Orchard.Abstractions", abstractions.GetName().Name);

        string[] infrastructure = ["Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "SQLitePCL", "SkiaSharp", "HtmlSanitizer", "AngleSharp"];
        var referenced = abstractions.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains(referenced, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => infrastructure.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(referenced, name => name.StartsWith("DanVan.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_abstractions_project_references_only_the_shared_framework()
    {
        var project = XDocument.Load(Path.Combine(
            OrchardWebApplicationFactory.RepositoryFolder("src"), "DanVan.Orchard.Abstractions", "DanVan.Orchard.Abstractions.csproj"));

        Assert.Empty(project.Descendants("ProjectReference"));
        Assert.Empty(project.Descendants("PackageReference"));
        Assert.Equal(["Microsoft.AspNetCore.App"], project.Descendants("FrameworkReference").Select(r => r.Attribute("Include")!.Value));
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
