namespace DanVan.Orchard.Contents;

public enum ContentEventKind
{
    Created,
    Saved,
    Published,
    Unpublished,
    Removed,
    Restored,
    VersionRestored,
}
