using System.Text;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using DanVan.Tenants.Services;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DanVan.Orchard.Tests.Tenancy;

/// <summary>The districts CSV of the Tenants module, read without a host: encodings, line ends, quoting, and bad
/// rows reported with the line they are on.</summary>
public sealed class TenantCsvReaderTests
{
    private const string Header = "name,display_name,prefix_or_host,admin_email,recipe";
    private static readonly TenantSettings HoaAn = new() { Name = "HoaAn", RequestUrlPrefix = "hoa-an", State = TenantState.Running };

    private static async Task<TenantCsvReader> ReaderAsync()
    {
        var store = new TenantFixtures.MemoryTenantStore([HoaAn]);
        var registry = await TenantFixtures.RegistryAsync(store);
        var validator = new TenantValidator(new ReservedPrefixes(), TenantFixtures.Address(registry, "https://danvan.example.vn"));
        var options = Options.Create(new OrchardOptions { RecipesPath = RecipesFolder(), AppDataPath = Path.GetTempPath() });
        var environment = new HostingEnvironment { ContentRootPath = AppContext.BaseDirectory };
        var recipes = new RecipeHarvester(options, environment, NullLogger<RecipeHarvester>.Instance);
        var tenants = new TenantManager(store, registry, validator, recipes, [], AppDataLocation.Resolve(options, environment), []);
        return new TenantCsvReader(tenants, validator, recipes);
    }

    /// <summary>The repository's recipes (district-board is a setup recipe).</summary>
    private static string RecipesFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var recipes = Path.Combine(folder.FullName, "recipes");
            if (File.Exists(Path.Combine(recipes, "district-board.recipe.json")))
            {
                return recipes;
            }
        }

        throw new DirectoryNotFoundException("The repository's recipes folder was not found above " + AppContext.BaseDirectory);
    }

    private static async Task<TenantImportPlan> ReadAsync(string csv, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        var stream = new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        return await (await ReaderAsync()).ReadAsync(stream, CancellationToken.None);
    }

    [Theory]
    [InlineData(false, "\n")]
    [InlineData(true, "\n")]
    [InlineData(false, "\r\n")]
    [InlineData(true, "\r\n")]
    public async Task Reads_UTF8_with_or_without_BOM_and_either_line_end(bool bom, string newline)
    {
        var csv = string.Join(newline, Header, "QuangHoa,Ban Dân vận Quảng Hòa,quang-hoa,bdv@quanghoa.vn,district-board",
            "PhucHoa,Ban Dân vận Phục Hòa,phuchoa.example.vn,bdv@phuchoa.vn,district-board") + newline;

        var plan = await ReadAsync(csv, bom);

        Assert.Empty(plan.Errors);
        Assert.Collection(plan.Rows,
            row => Assert.Equal(("QuangHoa", "Ban Dân vận Quảng Hòa", "quang-hoa", (string?)null), (row.Name, row.DisplayName, row.Prefix, row.Host)),
            row => Assert.Equal(("PhucHoa", (string?)null, "phuchoa.example.vn"), (row.Name, row.Prefix, row.Host)));
    }

    [Fact]
    public async Task Quoted_values_keep_their_commas_and_doubled_quotes()
    {
        var plan = await ReadAsync(Header + "\n" + "QuangHoa,\"Ban Dân vận \"\"Quảng Hòa\"\", Cao Bằng\",quang-hoa,bdv@quanghoa.vn,district-board\n");

        Assert.Empty(plan.Errors);
        Assert.Equal("Ban Dân vận \"Quảng Hòa\", Cao Bằng", Assert.Single(plan.Rows).DisplayName);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_line_and_column_and_good_rows_still_read()
    {
        var csv = string.Join("\n",
            Header,
            "QuangHoa,Quảng Hòa,quang-hoa,bdv@quanghoa.vn,district-board",
            "HaLang,Hạ Lang,hoa-an,khong-phai-email,district-board",
            "ThachAn,,thach-an,bdv@thachan.vn,no-such-recipe",
            "QuangHoa,Trùng tên,quang-hoa-2,bdv@x.vn,district-board");

        var plan = await ReadAsync(csv);

        Assert.Equal("QuangHoa", Assert.Single(plan.Rows).Name);
        Assert.Contains(plan.Errors, e => e is { Line: 3, Column: "prefix_or_host" } && e.Message.Contains("HoaAn"));
        Assert.Contains(plan.Errors, e => e is { Line: 3, Column: "admin_email" });
        Assert.Contains(plan.Errors, e => e is { Line: 4, Column: "display_name" });
        Assert.Contains(plan.Errors, e => e is { Line: 4, Column: "recipe" } && e.Message.Contains("no-such-recipe"));
        Assert.Contains(plan.Errors, e => e is { Line: 5, Column: "name" } && e.Message.Contains("dòng 2"));
    }

    [Fact]
    public async Task A_missing_column_names_the_columns_expected()
    {
        var plan = await ReadAsync("name,display_name,prefix_or_host,recipe\nQuangHoa,Quảng Hòa,quang-hoa,district-board\n");

        var error = Assert.Single(plan.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("admin_email", error.Message);
        Assert.Empty(plan.Rows);
    }

    [Fact]
    public async Task A_file_saved_by_a_vietnamese_spreadsheet_with_semicolons_quotes_and_a_BOM_is_read()
    {
        // What Excel set to Vietnamese writes for "CSV UTF-8": a BOM, semicolons, CRLF, and quotes around a cell
        // holding the separator, a comma or a quote.
        var csv = "name;display_name;prefix_or_host;admin_email;recipe\r\n"
            + "QuangHoa;\"Ban Dân vận Huyện ủy Quảng Hòa; tỉnh Cao Bằng\";quang-hoa;bdv@quanghoa.vn;district-board\r\n"
            + "PhucHoa;\"Ban Dân vận \"\"Phục Hòa\"\", Cao Bằng\";phuchoa.example.vn;bdv@phuchoa.vn;district-board\r\n";
        var plan = await ReadAsync(csv, bom: true);

        Assert.Empty(plan.Errors);
        Assert.Collection(plan.Rows,
            r =>
            {
                Assert.Equal("QuangHoa", r.Name);
                Assert.Equal("Ban Dân vận Huyện ủy Quảng Hòa; tỉnh Cao Bằng", r.DisplayName);
            },
            r => Assert.Equal("Ban Dân vận \"Phục Hòa\", Cao Bằng", r.DisplayName));
    }

    [Fact]
    public async Task A_header_read_as_one_column_says_the_separator_is_the_problem()
    {
        var plan = await ReadAsync(Header.Replace(',', '|') + "\nQuangHoa|Quảng Hòa|quang-hoa|bdv@quanghoa.vn|district-board\n");

        var error = Assert.Single(plan.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("một cột duy nhất", error.Message);
        Assert.Contains("dấu chấm phẩy", error.Message);
        Assert.Empty(plan.Rows);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF8_are_refused_with_a_message_not_read_as_garbage()
    {
        var latin1 = Encoding.Latin1.GetBytes(Header + "\nQuangHoa,Qu\u00e2ng H\u00f2a,quang-hoa,bdv@quanghoa.vn,district-board\n");

        var plan = await (await ReaderAsync()).ReadAsync(new MemoryStream(latin1), CancellationToken.None);

        Assert.Empty(plan.Rows);
        Assert.Contains(plan.Errors, e => e.Message.Contains("không đọc được", StringComparison.OrdinalIgnoreCase));
    }
}
