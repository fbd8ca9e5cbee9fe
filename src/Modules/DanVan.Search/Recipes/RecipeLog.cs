namespace DanVan.Search.Recipes;

/// <summary>Warnings of the search module's recipe step. Event ids 2650–2659 (within search's 2600–2699).</summary>
internal static partial class RecipeLog
{
    [LoggerMessage(EventId = 2650, Level = LogLevel.Warning, Message = "Recipe {Recipe}, lucene-index {Index}: analyzer '{Analyzer}' is not used; search always analyses Vietnamese (exact, folded and syllable pairs).")]
    public static partial void AnalyzerIgnored(ILogger logger, string recipe, string index, string analyzer);

    [LoggerMessage(EventId = 2651, Level = LogLevel.Warning, Message = "Recipe {Recipe}, lucene-index {Index}: IndexLatest is not used; only published versions are indexed.")]
    public static partial void LatestIgnored(ILogger logger, string recipe, string index);

    [LoggerMessage(EventId = 2652, Level = LogLevel.Warning, Message = "Recipe {Recipe}, lucene-index {Index}: culture '{Culture}' is not used; search analyses Vietnamese.")]
    public static partial void CultureIgnored(ILogger logger, string recipe, string index, string culture);
}
