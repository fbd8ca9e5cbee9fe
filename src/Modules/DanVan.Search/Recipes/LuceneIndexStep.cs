using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Data;
using DanVan.Orchard.Recipes;
using DanVan.Search.Indexing;

namespace DanVan.Search.Recipes;

/// <summary>
/// Orchard's <c>lucene-index</c> step: <c>{"name":"lucene-index","Indices":[{"Search":{"AnalyzerName":"standard",
/// "IndexLatest":false,"IndexedContentTypes":["Article"],"Culture":"vi"}}]}</c>. A tenant has one index here: the
/// types of every index named become the types search finds (then the index is rebuilt for them). The analysis is
/// always the Vietnamese one and only published versions are indexed, so another analyzer, <c>IndexLatest</c> or
/// culture is accepted with a warning in the log.
/// </summary>
public sealed class LuceneIndexStep(IDocumentStore documents, ContentDefinitionManager definitions, SearchIndexer indexer, ILogger<LuceneIndexStep> logger) : IRecipeStepHandler
{
    private static readonly string[] Known = ["AnalyzerName", "IndexLatest", "IndexedContentTypes", "Culture", "StoreSourceData"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Indices"] is not JsonArray indices)
        {
            throw context.Error("Indices", "must be an array of { \"<index name>\": { \"IndexedContentTypes\": [...] } }");
        }

        var definition = await definitions.GetAsync(cancellationToken);
        var types = new List<string>();
        for (var i = 0; i < indices.Count; i++)
        {
            if (indices[i] is not JsonObject entry || entry.Count != 1 || entry.First().Value is not JsonObject index)
            {
                throw context.Error($"Indices[{i}]", "must be an object with one index name whose value is an object");
            }

            var (name, _) = entry.First();
            foreach (var (property, _) in index)
            {
                if (!Known.Contains(property, StringComparer.Ordinal))
                {
                    throw context.Error($"Indices[{i}].{name}.{property}", $"unknown; known: {string.Join(", ", Known)}");
                }
            }

            var analyzer = Text(context, index, "AnalyzerName", $"Indices[{i}].{name}");
            if (analyzer is not null && !string.Equals(analyzer, "standard", StringComparison.OrdinalIgnoreCase))
            {
                RecipeLog.AnalyzerIgnored(logger, context.Recipe.Name, name, analyzer);
            }

            if (index["IndexLatest"] is JsonValue latest && latest.TryGetValue<bool>(out var wantsLatest) && wantsLatest)
            {
                RecipeLog.LatestIgnored(logger, context.Recipe.Name, name);
            }

            if (Text(context, index, "Culture", $"Indices[{i}].{name}") is { } culture && !culture.StartsWith("vi", StringComparison.OrdinalIgnoreCase))
            {
                RecipeLog.CultureIgnored(logger, context.Recipe.Name, name, culture);
            }

            if (index["IndexedContentTypes"] is not JsonArray list)
            {
                throw context.Error($"Indices[{i}].{name}.IndexedContentTypes", "must be an array of content type names");
            }

            for (var t = 0; t < list.Count; t++)
            {
                if (list[t] is not JsonValue value || !value.TryGetValue<string>(out var type) || definition.FindType(type) is null)
                {
                    throw context.Error($"Indices[{i}].{name}.IndexedContentTypes[{t}]", $"'{list[t]}' is not a content type of this site (define it in an earlier step)");
                }

                if (!types.Contains(type, StringComparer.Ordinal))
                {
                    types.Add(type);
                }
            }
        }

        var settings = await documents.GetAsync<SearchSettings>(SearchSettings.DocumentId, cancellationToken);
        settings.IndexedContentTypes = types;
        await documents.SaveAsync(SearchSettings.DocumentId, settings, cancellationToken);
        await indexer.RequestRebuildAsync(cancellationToken);
    }

    private static string? Text(RecipeStepContext context, JsonObject index, string property, string path) => index[property] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw context.Error($"{path}.{property}", "must be a string"),
    };
}
