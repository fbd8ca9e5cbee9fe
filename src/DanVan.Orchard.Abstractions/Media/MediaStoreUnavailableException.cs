namespace DanVan.Orchard.Media;

/// <summary>The media store cannot be reached (blob service down, network cut): readers get 503, uploads a clear refusal.</summary>
public sealed class MediaStoreUnavailableException(Exception inner)
    : Exception("Kho lưu trữ media đang không kết nối được; hãy thử lại sau ít phút.", inner);
