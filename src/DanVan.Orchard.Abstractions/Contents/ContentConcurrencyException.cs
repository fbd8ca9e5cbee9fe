namespace DanVan.Orchard.Contents;

/// <summary>Someone else saved the item since this editor loaded it; nothing was written.</summary>
public sealed class ContentConcurrencyException()
    : Exception("Nội dung này vừa được người khác lưu sau khi bạn mở. Thay đổi của bạn chưa được lưu: hãy mở lại bản mới nhất, rồi sửa tiếp.");
