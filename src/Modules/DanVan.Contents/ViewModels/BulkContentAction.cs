using DanVan.Contents.Security;
using DanVan.Orchard.Security;

namespace DanVan.Contents.ViewModels;

/// <summary>An action of the content list's "Với các mục đã chọn": its form value, words and the permission it needs per item.</summary>
public sealed record BulkContentAction(string Value, string Label, string Done, Permission Permission, bool OnRemoved, string? Question)
{
    public static readonly IReadOnlyList<BulkContentAction> All =
    [
        new("publish", "Đăng", "Đã đăng", ContentPermissions.PublishContent, OnRemoved: false, Question: null),
        new("unpublish", "Gỡ khỏi trang", "Đã gỡ", ContentPermissions.PublishContent, OnRemoved: false,
            Question: "Gỡ {0} mục đã chọn khỏi trang? Bạn đọc sẽ không xem được nữa; các bài vẫn còn dưới dạng bản nháp."),
        new("delete", "Xóa", "Đã xóa", ContentPermissions.DeleteContent, OnRemoved: false,
            Question: "Xóa {0} mục đã chọn? Các bài bị gỡ khỏi trang; quản trị viên có thể khôi phục sau."),
        new("restore", "Khôi phục", "Đã khôi phục", ContentPermissions.RestoreContent, OnRemoved: true, Question: null),
    ];

    public static BulkContentAction? Find(string? value) => All.FirstOrDefault(a => a.Value == value);
}
