namespace DanVan.Orchard.Contents;

public sealed class ContentNotFoundException(string id) : Exception($"Không tìm thấy nội dung '{id}'.")
{
    public string Id { get; } = id;
}
