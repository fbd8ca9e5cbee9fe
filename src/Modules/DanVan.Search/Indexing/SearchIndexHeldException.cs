namespace DanVan.Search.Indexing;

/// <summary>Another process (the running site, when this is the CLI) has the index open.</summary>
public sealed class SearchIndexHeldException(string path, Exception inner)
    : IOException($"The search index at {path} is open in another process.", inner);
