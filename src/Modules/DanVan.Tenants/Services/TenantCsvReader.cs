using System.Net.Mail;
using System.Text;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using DanVan.Orchard.Text;
using Sylvan.Data.Csv;

namespace DanVan.Tenants.Services;

/// <summary>
/// Reads and checks a districts CSV (UTF-8 with or without BOM, CRLF or LF, empty lines ignored, cells separated by
/// commas or — as a spreadsheet set to Vietnamese saves it — semicolons, told apart on the header line) with the columns
/// <c>name, display_name, prefix_or_host, admin_email, recipe</c>. Every bad row is reported with its line and reason;
/// rows of tenants that already exist with the same address are accepted, so a failed import can be run again.
/// </summary>
public sealed class TenantCsvReader(ITenantManager tenants, ITenantValidator validator, IRecipeHarvester recipes)
{
    public const int MaxRows = 5000;

    public static readonly IReadOnlyList<string> Columns = ["name", "display_name", "prefix_or_host", "admin_email", "recipe"];

    public async Task<TenantImportPlan> ReadAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new List<TenantImportError>();
        var rows = new List<TenantImportRow>();
        using var text = new StreamReader(csv, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        CsvDataReader reader;
        char delimiter;
        try
        {
            // The whole file is small (at most MaxRows rows); reading it first lets the header line pick the separator.
            var content = await text.ReadToEndAsync(cancellationToken);
            delimiter = CsvDelimiter.Detect(content);
            reader = await CsvDataReader.CreateAsync(new StringReader(content), new CsvDataReaderOptions { HasHeaders = true, Delimiter = delimiter }, cancellationToken);
        }
        catch (Exception e) when (e is CsvFormatException or DecoderFallbackException)
        {
            return Fail(0, "tệp", $"Không đọc được tệp CSV: {e.Message}");
        }

        using (reader)
        {
            var map = MapHeader(reader, delimiter, errors);
            if (map is null)
            {
                return new TenantImportPlan([], errors);
            }

            var existing = (await tenants.ListAsync(cancellationToken)).ToList();
            var setupRecipes = (await recipes.GetAllAsync(cancellationToken)).Where(r => r.IsSetupRecipe).Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var seenNames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var seenAddresses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var line = 1;
            try
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    line++;
                    var values = map.Select(i => i < reader.FieldCount ? SafeText.Normalize(reader.GetString(i)).Trim() : string.Empty).ToArray();
                    if (values.All(v => v.Length == 0))
                    {
                        continue;
                    }

                    if (rows.Count + errors.Count >= MaxRows)
                    {
                        errors.Add(new(line, "tệp", $"Tệp có hơn {MaxRows} dòng; hãy chia nhỏ."));
                        break;
                    }

                    var row = CheckRow(line, values, existing, setupRecipes, seenNames, seenAddresses, errors);
                    if (row is not null)
                    {
                        rows.Add(row);
                    }
                }
            }
            catch (Exception e) when (e is CsvFormatException or DecoderFallbackException)
            {
                errors.Add(new(line + 1, "tệp", $"Dòng không đọc được: {e.Message}"));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new(0, "tệp", "Tệp không có dòng dữ liệu nào."));
        }

        return new TenantImportPlan(rows, errors);
    }

    private static TenantImportPlan Fail(int line, string column, string message) => new([], [new(line, column, message)]);

    private static int[]? MapHeader(CsvDataReader reader, char delimiter, List<TenantImportError> errors)
    {
        static string Key(string header) => header.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_');
        var headers = Enumerable.Range(0, reader.FieldCount).Select(i => Key(reader.GetName(i))).ToList();
        var map = Columns.Select(c => headers.IndexOf(c)).ToArray();
        var missing = Columns.Where((_, i) => map[i] < 0).ToList();
        if (missing.Count > 0)
        {
            // Name the separator the header was read with: a file whose columns run together says why.
            var read = headers.Count == 1
                ? $" Dòng đầu được đọc thành một cột duy nhất: hãy ngăn các cột bằng dấu phẩy (,) hoặc dấu chấm phẩy (;)."
                : $" (Các cột được đọc theo dấu {CsvDelimiter.Name(delimiter)}.)";
            errors.Add(new(1, "tiêu đề", $"Thiếu cột: {string.Join(", ", missing)}. Dòng đầu phải là: {string.Join(",", Columns)}.{read}"));
            return null;
        }

        return map;
    }

    private TenantImportRow? CheckRow(
        int line, string[] values, List<TenantSettings> existing, HashSet<string> setupRecipes,
        Dictionary<string, int> seenNames, Dictionary<string, int> seenAddresses, List<TenantImportError> errors)
    {
        var before = errors.Count;
        var (name, displayName, address, adminEmail, recipe) = (values[0], values[1], values[2], values[3], values[4]);

        for (var i = 0; i < values.Length; i++)
        {
            // A cell starting like a formula would run in the spreadsheet of whoever opens an exported report.
            if (values[i].Length > 0 && "=+-@".Contains(values[i][0]))
            {
                errors.Add(new(line, Columns[i], $"Ô bắt đầu bằng '{values[i][0]}' (dạng công thức bảng tính) không được chấp nhận."));
            }
        }

        // A value with a dot is a host name, otherwise a prefix.
        var isHost = address.Contains('.');
        var candidate = TenantAddress.Create(name, isHost ? null : address, isHost ? address : null);
        var same = existing.FirstOrDefault(t => string.Equals(t.Name, candidate.Name, StringComparison.OrdinalIgnoreCase));
        if (same is not null && !candidate.SameAddressAs(same))
        {
            errors.Add(new(line, "name", $"Đã có trang '{same.Name}' với địa chỉ khác ({same.RequestUrlPrefix ?? same.RequestUrlHost})."));
        }
        else
        {
            // A row of a tenant that already exists with this address is checked as that tenant (a rerun skips it).
            foreach (var error in validator.Validate(candidate, same, existing))
            {
                errors.Add(new(line, error.Field == "name" ? "name" : "prefix_or_host", error.Code is TenantErrorCode.PrefixTaken or TenantErrorCode.HostTaken
                    ? $"Địa chỉ '{address}' đang được trang '{error.Holder}' dùng."
                    : error.Message));
            }
        }

        if (validator.CheckName(name) is null && seenNames.TryGetValue(name, out var firstLine))
        {
            errors.Add(new(line, "name", $"Tên '{name}' đã có ở dòng {firstLine}."));
        }
        else if (validator.CheckName(name) is null)
        {
            seenNames[name] = line;
        }

        if (displayName.Length is 0 or > 200)
        {
            errors.Add(new(line, "display_name", "Tên hiển thị là bắt buộc (tối đa 200 ký tự)."));
        }

        if (address.Length > 0 && seenAddresses.TryGetValue(address, out var addressLine))
        {
            errors.Add(new(line, "prefix_or_host", $"Địa chỉ '{address}' đã có ở dòng {addressLine}."));
        }
        else if (address.Length > 0)
        {
            seenAddresses[address] = line;
        }

        if (!MailAddress.TryCreate(adminEmail, out _))
        {
            errors.Add(new(line, "admin_email", $"'{adminEmail}' không phải là e-mail hợp lệ."));
        }

        if (!setupRecipes.Contains(recipe))
        {
            errors.Add(new(line, "recipe", $"Không có recipe cài đặt '{recipe}' (có: {string.Join(", ", setupRecipes.Order())})."));
        }

        return errors.Count == before ? new TenantImportRow(line, candidate.Name, displayName, candidate.Prefix, candidate.Host, adminEmail, recipe) : null;
    }
}
