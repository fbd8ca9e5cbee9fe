namespace DanVan.Orchard.Display;

public enum NoticeKind
{
    Success,
    Information,
    Warning,
    Error,
}

/// <summary>A message shown once at the top of the next admin page ("Đã lưu bản nháp.").</summary>
public sealed record Notice(NoticeKind Kind, string Message);
