using System.IO.Compression;
using System.Text.Json.Nodes;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.SiteTransfer;

namespace DanVan.Orchard.Tests.SiteTransfer;

/// <summary>The checks an imported zip passes before anything is created, and the escaping that keeps exported text as text.</summary>
public sealed class SiteArchiveTests
{
    [Theory]
    [InlineData("recipe.json")]
    [InlineData("media/anh/a.jpg")]
    [InlineData("media/anh/")]
    [InlineData("media/tệp có dấu.pdf")]
    public void Names_inside_the_folder_are_safe(string name) => Assert.Null(SiteArchive.UnsafeName(name));

    [Theory]
    [InlineData("../evil")]
    [InlineData("media/../../evil")]
    [InlineData("media/./a.jpg")]
    [InlineData("media//a.jpg")]
    [InlineData("/etc/passwd")]
    [InlineData("media\\..\\evil")]
    [InlineData("C:/Windows/evil")]
    [InlineData("c:evil")]
    [InlineData("media/a\u0000.jpg")]
    [InlineData("")]
    public void Names_that_could_leave_the_folder_are_refused(string name) => Assert.NotNull(SiteArchive.UnsafeName(name));

    [Fact]
    public void A_zip_over_the_entry_limit_is_refused_before_its_entries_are_read()
    {
        using var zip = Zip(Enumerable.Range(0, 11).Select(i => ($"media/{i}.txt", new byte[] { 1 })).Prepend(("recipe.json", "{}"u8.ToArray())));

        var error = Assert.Throws<SiteImportException>(() => SiteArchive.Check(zip, new SiteTransferOptions { MaxEntries = 10 }));

        Assert.Contains("12 mục, nhiều hơn giới hạn 10", error.Message);
    }

    [Fact]
    public void A_highly_compressed_entry_is_refused_as_a_zip_bomb_and_a_photo_sized_one_is_not()
    {
        using var bomb = Zip([("recipe.json", "{}"u8.ToArray()), ("media/zeros.jpg", new byte[4 * 1024 * 1024])]);
        using var fine = Zip([("recipe.json", "{}"u8.ToArray()), ("media/small.jpg", new byte[512 * 1024])]);

        Assert.Contains("bom zip", Assert.Throws<SiteImportException>(() => SiteArchive.Check(bomb, new SiteTransferOptions())).Message);
        Assert.Equal("recipe.json", SiteArchive.Check(fine, new SiteTransferOptions()).FullName);
    }

    [Fact]
    public void A_zip_without_a_recipe_or_with_other_entries_is_refused()
    {
        using var noRecipe = Zip([("media/a.jpg", new byte[] { 1 })]);
        using var other = Zip([("recipe.json", "{}"u8.ToArray()), ("App_Data/tenants.json", new byte[] { 1 })]);

        Assert.Contains("không có recipe.json", Assert.Throws<SiteImportException>(() => SiteArchive.Check(noRecipe, new SiteTransferOptions())).Message);
        Assert.Contains("không thuộc một bản xuất", Assert.Throws<SiteImportException>(() => SiteArchive.Check(other, new SiteTransferOptions())).Message);
    }

    [Fact]
    public void Exported_text_that_reads_like_a_script_comes_back_as_the_same_text()
    {
        var step = new JsonObject { ["name"] = "Content", ["data"] = new JsonArray(new JsonObject { ["DisplayText"] = "[js: uuid()]", ["Other"] = "[không phải]" }) };

        RecipeValueEscaping.Escape(step);
        var evaluated = new RecipeScript(new Dictionary<string, string?>(), _ => null).Evaluate(step, string.Empty)!;

        Assert.StartsWith("[js: base64('", (string?)step["data"]![0]!["DisplayText"]);
        Assert.Equal("[js: uuid()]", (string?)evaluated["data"]![0]!["DisplayText"]);
        Assert.Equal("[không phải]", (string?)evaluated["data"]![0]!["Other"]);
    }

    private static ZipArchive Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        buffer.Position = 0;
        return new ZipArchive(buffer, ZipArchiveMode.Read);
    }
}
