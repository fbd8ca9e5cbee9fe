namespace DanVan.Search.Indexing;

/// <summary>The content types a tenant's index holds, with their display names.</summary>
public sealed class IndexedTypes(IReadOnlyDictionary<string, string> displayNames)
{
    public IReadOnlyCollection<string> Names => displayNames.Keys.ToList();

    public bool Contains(string type) => displayNames.ContainsKey(type);

    public string DisplayName(string type) => displayNames.TryGetValue(type, out var name) ? name : type;

    public IReadOnlyDictionary<string, string> All => displayNames;
}
