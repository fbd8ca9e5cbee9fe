namespace DanVan.Orchard.PageCache;

/// <summary>One entry of <see cref="TenantPageStore"/>: the bytes, what they cost, and their place in their tenant's LRU list.</summary>
internal sealed class StoredPage
{
    public StoredPage(string key, byte[] value, string[] tags, DateTimeOffset expires, TenantPages tenant)
    {
        Key = key;
        Value = value;
        Tags = tags;
        Expires = expires;
        Tenant = tenant;
        Size = value.LongLength + (2L * key.Length) + TenantPageStore.EntryOverhead;
        Node = new LinkedListNode<StoredPage>(this);
    }

    public string Key { get; }

    /// <summary>The stored bytes; empty once the page is removed, so the expiry queue's stale reference keeps nothing large alive.</summary>
    public byte[] Value { get; private set; }

    public string[] Tags { get; }

    public DateTimeOffset Expires { get; }

    public TenantPages Tenant { get; }

    /// <summary>Bytes charged against the limit: the value (every stored coding of the page), the key, <see cref="TenantPageStore.EntryOverhead"/>.</summary>
    public long Size { get; }

    /// <summary>Its node in its tenant's <see cref="TenantPages.Pages"/>, most recently used first.</summary>
    public LinkedListNode<StoredPage> Node { get; }

    public void Release() => Value = [];
}
