using System.Net.Mail;
using System.Text;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using DanVan.Orchard.Text;
using Sylvan.Data.Csv;

namespace DanVan.Tenants.Services;

/// <summary>
/// Reads and checks a districts CSV (UTF-8 with or without BOM, CRLF or LF, empty lines ignored) with the columns
/// <c>name, display_name, prefix_or_host, admin_email, recipe</c>. Every bad row is reported with its line and reason;
/// rows of tenants that already exist with the same address are accepted, so a failed import can be run again.
/// </summary>
public sealed class TenantCsvReader(TenantManager tenants, RecipeHarvester recipes)
{
    public const int MaxRows = 5000;

    public static readonly IReadOnlyList<string> Columns = ["name", "display_name", "prefix_or_host", "admin_email", "recipe"];

    public async Task<TenantImportPlan> ReadAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new List<TenantImportError>();
        var rows = new List<TenantImportRow>();
        using var text = new StreamReader(csv, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        CsvDataReader reader;
        try
        {
            reader = await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
        }
        catch (Exception e) when (e is CsvFormatException or DecoderFallbackException)
        {
            return Fail(0, "tệp", $"Không đọc được tệp CSV: {e.Message}");
        }

        using (reader)
        {
            var map = MapHeader(reader, errors);
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

    private static int[]? MapHeader(CsvDataReader reader, List<TenantImportError> errors)
    {
        static string Key(string header) => header.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_');
        var headers = Enumerable.Range(0, reader.FieldCount).Select(i => Key(reader.GetName(i))).ToList();
        var map = Columns.Select(c => headers.IndexOf(c)).ToArray();
        var missing = Columns.Where((_, i) => map[i] < 0).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new(1, "tiêu đề", $"Thiếu cột: {string.Join(", ", missing)}. Dòng đầu phải là: {string.Join(",", Columns)}."));
            return null;
        }

        return map;
    }

    private static TenantImportRow? CheckRow(
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

        if (!TenantManager.IsValidTenantName(name))
        {
            errors.Add(new(line, "name", $"Tên '{name}' phải bắt đầu bằng chữ cái, chỉ gồm chữ không dấu, chữ số và '_' (tối đa 50)."));
        }
        else if (seenNames.TryGetValue(name, out var firstLine))
        {
            errors.Add(new(line, "name", $"Tên '{name}' đã có ở dòng {firstLine}."));
        }
        else
        {
            seenNames[name] = line;
        }

        if (displayName.Length is 0 or > 200)
        {
            errors.Add(new(line, "display_name", "Tên hiển thị là bắt buộc (tối đa 200 ký tự)."));
        }

        string? prefix = null, host = null;
        if (address.Contains('.'))
        {
            host = address.ToLowerInvariant();
        }
        else
        {
            prefix = address;
        }

        try
        {
            if (prefix is not null)
            {
                TenantManager.ValidatePrefix(prefix);
            }
            else
            {
                TenantManager.ValidateHosts(host);
            }
        }
        catch (TenantValidationException e)
        {
            errors.Add(new(line, "prefix_or_host", Vietnamese(address, e)));
        }

        if (address.Length > 0 && seenAddresses.TryGetValue(address, out var addressLine))
        {
            errors.Add(new(line, "prefix_or_host", $"Địa chỉ '{address}' đã có ở dòng {addressLine}."));
        }
        else if (address.Length > 0)
        {
            seenAddresses[address] = line;
        }

        var same = existing.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        var holder = existing.FirstOrDefault(t =>
            (prefix is not null && string.Equals(t.RequestUrlPrefix, prefix, StringComparison.OrdinalIgnoreCase)) ||
            (host is not null && t.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase)));
        if (same is not null && (same.RequestUrlPrefix != prefix || same.RequestUrlHost != host))
        {
            errors.Add(new(line, "name", $"Đã có trang '{same.Name}' với địa chỉ khác ({same.RequestUrlPrefix ?? same.RequestUrlHost})."));
        }
        else if (holder is not null && !string.Equals(holder.Name, name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new(line, "prefix_or_host", $"Địa chỉ '{address}' đang được trang '{holder.Name}' dùng."));
        }

        if (!MailAddress.TryCreate(adminEmail, out _))
        {
            errors.Add(new(line, "admin_email", $"'{adminEmail}' không phải là e-mail hợp lệ."));
        }

        if (!setupRecipes.Contains(recipe))
        {
            errors.Add(new(line, "recipe", $"Không có recipe cài đặt '{recipe}' (có: {string.Join(", ", setupRecipes.Order())})."));
        }

        return errors.Count == before ? new TenantImportRow(line, name, displayName, prefix, host, adminEmail, recipe) : null;
    }

    private static string Vietnamese(string address, TenantValidationException e) => e.Message switch
    {
        var m when m.Contains("reserved", StringComparison.Ordinal) => $"'{address}' là địa chỉ dành riêng của hệ thống.",
        var m when m.Contains("host name", StringComparison.Ordinal) => $"'{address}' không phải là tên miền hợp lệ.",
        _ => $"Địa chỉ '{address}' chỉ được gồm chữ thường không dấu a-z, chữ số và '-' (không dấu cách, không dấu tiếng Việt).",
    };
}
