using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DanVan.Orchard.Recipes;

/// <summary>
/// Evaluates Orchard's recipe script values without a JavaScript engine. A string value that is wholly
/// <c>[js: …]</c> may call <c>uuid()</c>, <c>variables('name')</c>, <c>parameters('name')</c> or
/// <c>configuration('key', 'default')</c>, or join such calls and <c>'quoted text'</c> with <c>+</c> (a district's
/// sample text naming its own board: <c>[js: 'Giới thiệu ' + parameters('SiteName')]</c>), or decode
/// <c>base64('…')</c>, or stamp the time with <c>new Date().toISOString()</c> (UTC, ISO 8601). <c>[file:text('…')]</c> and <c>[file:base64('…')]</c> read a file beside the recipe (never outside
/// its folder). Any other <c>[name: …]</c> is refused with its name and the field's path, never stored as text.
/// </summary>
public sealed partial class RecipeScript(
    IReadOnlyDictionary<string, string?> parameters,
    Func<string, string?> configuration,
    string? recipeFolder = null)
{
    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.Ordinal);

    /// <summary>
    /// Evaluates the recipe's variables, once each, in order; later ones may use earlier ones. A value given in
    /// <paramref name="overrides"/> (from a form or a CSV) replaces the recipe's own.
    /// </summary>
    public void DefineVariables(JsonObject variables, IReadOnlyDictionary<string, string>? overrides = null)
    {
        foreach (var (name, value) in variables)
        {
            _variables[name] = overrides is not null && overrides.TryGetValue(name, out var given)
                ? JsonValue.Create(given)
                : Evaluate(value?.DeepClone(), $"variables.{name}");
        }
    }

    /// <summary>Returns a copy of <paramref name="node"/> with every script value replaced by its result.</summary>
    public JsonNode? Evaluate(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    copy[name] = Evaluate(value?.DeepClone(), path.Length == 0 ? name : $"{path}.{name}");
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                for (var i = 0; i < array.Count; i++)
                {
                    items.Add(Evaluate(array[i]?.DeepClone(), $"{path}[{i}]"));
                }

                return items;
            case JsonValue value when value.TryGetValue<string>(out var text) && ScriptValue().Match(text) is { Success: true } match:
                var expression = match.Groups["expr"].Value.Trim();
                return match.Groups["kind"].Value switch
                {
                    "js" => Call(expression, path),
                    "file" => ReadFile(expression, path),
                    var kind => throw new RecipeScriptException(path, $"unsupported script '[{kind}:…]'; known: [js:…], [file:…]"),
                };
            default:
                return node;
        }
    }

    private JsonNode? Call(string expression, string path)
    {
        var terms = Terms(expression);
        if (terms.Count > 1)
        {
            return string.Concat(terms.Select(term => Literal().Match(term) is { Success: true } literal
                ? literal.Groups["text"].Value
                : Call(term, path)?.ToString()));
        }

        return CallFunction(expression, path);
    }

    /// <summary>The expression split at each <c>+</c> outside quotes (a single term: no concatenation).</summary>
    private static List<string> Terms(string expression)
    {
        var terms = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < expression.Length; i++)
        {
            if (expression[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (expression[i] == '+' && !quoted)
            {
                terms.Add(expression[start..i].Trim());
                start = i + 1;
            }
        }

        terms.Add(expression[start..].Trim());
        return terms;
    }

    private JsonNode? CallFunction(string expression, string path)
    {
        if (Now().IsMatch(expression))
        {
            // JavaScript's own way to stamp a date, the one Orchard's recipes (run by a JavaScript engine) can use.
            return DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        }

        var call = FunctionCall().Match(expression);
        if (!call.Success)
        {
            throw new RecipeScriptException(path, $"unsupported script '{expression}'");
        }

        var arguments = call.Groups["arg"].Captures.Select(c => c.Value).ToArray();
        return (call.Groups["fn"].Value, arguments.Length) switch
        {
            ("uuid", 0) => Guid.CreateVersion7().ToString("N"),
            ("variables", 1) => _variables.TryGetValue(arguments[0], out var v)
                ? v?.DeepClone()
                : throw new RecipeScriptException(path, $"variable '{arguments[0]}' is not defined"),
            ("parameters", 1) => parameters.TryGetValue(arguments[0], out var p)
                ? p
                : throw new RecipeScriptException(path, $"parameter '{arguments[0]}' is not given"),
            ("base64", 1) => Decode(arguments[0], path),
            ("configuration", 1 or 2) => configuration(RecipeConfigurationKeys.Resolve(arguments[0])
                    ?? throw new RecipeScriptException(path, $"configuration('{arguments[0]}') is not readable by recipes: only keys under {RecipeConfigurationKeys.Prefix}"))
                ?? (arguments.Length == 2 ? arguments[1] : null),
            _ => throw new RecipeScriptException(path, $"unsupported script function '{call.Groups["fn"].Value}' with {arguments.Length} argument(s)"),
        };
    }

    private static string Decode(string base64, string path)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            throw new RecipeScriptException(path, "base64('…') is not valid base64");
        }
    }

    private JsonNode ReadFile(string expression, string path)
    {
        var call = FunctionCall().Match(expression);
        var arguments = call.Groups["arg"].Captures.Select(c => c.Value).ToArray();
        if (!call.Success || arguments.Length != 1 || call.Groups["fn"].Value is not ("text" or "base64"))
        {
            throw new RecipeScriptException(path, $"unsupported script '[file:{expression}]'; known: [file:text('…')], [file:base64('…')]");
        }

        if (recipeFolder is null)
        {
            throw new RecipeScriptException(path, "[file:…] needs a recipe read from a folder");
        }

        var folder = Path.GetFullPath(recipeFolder);
        var full = Path.GetFullPath(Path.Combine(folder, arguments[0]));
        if (!full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            throw new RecipeScriptException(path, $"'{arguments[0]}' is not a file beside the recipe");
        }

        return call.Groups["fn"].Value == "text" ? File.ReadAllText(full) : Convert.ToBase64String(File.ReadAllBytes(full));
    }

    [GeneratedRegex(@"^new\s+Date\(\s*\)\s*\.\s*toISOString\(\s*\)$")]
    private static partial Regex Now();

    [GeneratedRegex(@"^'(?<text>[^']*)'$", RegexOptions.Singleline)]
    private static partial Regex Literal();

    [GeneratedRegex(@"^\[(?<kind>[A-Za-z]+):(?<expr>.*)\]$", RegexOptions.Singleline)]
    private static partial Regex ScriptValue();

    [GeneratedRegex(@"^(?<fn>[A-Za-z][A-Za-z0-9]*)\(\s*(?:'(?<arg>[^']*)'(?:\s*,\s*'(?<arg>[^']*)')*)?\s*\)$")]
    private static partial Regex FunctionCall();
}
