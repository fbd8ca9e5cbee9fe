namespace DanVan.Orchard.PageCache;

/// <summary>The pages <see cref="TenantPageStore"/> holds for one tenant (one tenant tag), most recently used first.</summary>
internal sealed class TenantPages
{
    public TenantPages(string tag)
    {
        Tag = tag;
        Node = new LinkedListNode<TenantPages>(this);
    }

    /// <summary>The tenant's tag (<c>tenant:Name</c>), or empty for entries stored without one.</summary>
    public string Tag { get; }

    public LinkedList<StoredPage> Pages { get; } = new();

    public long Size { get; set; }

    /// <summary>Its node in the store's list of tenants, most recently used first.</summary>
    public LinkedListNode<TenantPages> Node { get; }
}
