using System.Text.RegularExpressions;

namespace DanVan.Tenants.Services;

/// <summary>An ordered rule of a feature profile: <c>Include</c>, <c>Exclude</c> or <c>Require</c> (included and locked on)
/// the features matching a pattern (<c>*</c> wildcard).</summary>
public sealed record FeatureProfileRule(string Rule, string Expression)
{
    public bool Matches(string featureId) =>
        Regex.IsMatch(featureId, "^" + Regex.Escape(Expression).Replace("\\*", ".*") + "$", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(50));
}

/// <summary>Orchard's feature profile: a named list of rules; the last rule matching a feature decides.</summary>
public sealed record FeatureProfile(string Name, IReadOnlyList<FeatureProfileRule> Rules)
{
    public bool Allows(string featureId)
    {
        // With any Include rule, what no rule includes is not allowed; with only Exclude rules, the rest is.
        var allowed = !Rules.Any(r => r.Rule != "Exclude");
        foreach (var rule in Rules.Where(r => r.Matches(featureId)))
        {
            allowed = rule.Rule != "Exclude";
        }

        return allowed;
    }

    /// <summary>Whether the district must keep the feature on (a <c>Require</c> rule is the last rule matching it).</summary>
    public bool Requires(string featureId) => Rules.LastOrDefault(r => r.Matches(featureId))?.Rule == "Require";

    /// <summary>Reads "Include DanVan.*" / "Exclude DanVan.Search" / "Require DanVan.AuditTrail" lines; returns the problems found, if any.</summary>
    public static (FeatureProfile? Profile, IReadOnlyList<string> Problems) Parse(string name, string text)
    {
        var problems = new List<string>();
        var rules = new List<FeatureProfileRule>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var rule = parts[0] switch
            {
                var r when r.Equals("Include", StringComparison.OrdinalIgnoreCase) => "Include",
                var r when r.Equals("Exclude", StringComparison.OrdinalIgnoreCase) => "Exclude",
                var r when r.Equals("Require", StringComparison.OrdinalIgnoreCase) => "Require",
                _ => null,
            };
            if (rule is null || parts.Length < 2 || !Regex.IsMatch(parts[1], @"^[A-Za-z0-9.*]+$"))
            {
                problems.Add($"Dòng {lineNumber}: cần dạng “Include DanVan.*”, “Exclude DanVan.Search” hoặc “Require DanVan.AuditTrail”.");
                continue;
            }

            rules.Add(new FeatureProfileRule(rule, parts[1]));
        }

        if (!Regex.IsMatch(name, "^[A-Za-z0-9_-]{1,50}$"))
        {
            problems.Add("Tên hồ sơ chỉ gồm chữ không dấu, chữ số, '-' và '_' (tối đa 50).");
        }

        return problems.Count == 0 ? (new FeatureProfile(name, rules), problems) : (null, problems);
    }

    public string ToText() => string.Join('\n', Rules.Select(r => $"{r.Rule} {r.Expression}"));
}
