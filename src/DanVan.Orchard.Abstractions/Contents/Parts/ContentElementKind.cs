namespace DanVan.Orchard.Contents.Parts;

public enum ContentElementKind
{
    Part,
    Field,
}
