namespace DanVan.Tenants.Services;

/// <summary>
/// Tells which separator a CSV uses from its header line: a spreadsheet saves "CSV" with commas, or with semicolons
/// when it is set to a comma-decimal language such as Vietnamese. Separators inside quotes do not count.
/// </summary>
public static class CsvDelimiter
{
    public static char Detect(string content)
    {
        var commas = 0;
        var semicolons = 0;
        var quoted = false;
        foreach (var c in content.AsSpan().TrimStart('\uFEFF'))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    public static string Name(char delimiter) => delimiter == ';' ? "chấm phẩy (;)" : "phẩy (,)";
}
