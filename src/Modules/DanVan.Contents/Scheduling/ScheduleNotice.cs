using DanVan.Contents.Data;

namespace DanVan.Contents.Scheduling;

/// <summary>The editor's words for a schedule called off (the edit page's notice and the audit entry's details).</summary>
public static class ScheduleNotice
{
    /// <param name="local">The scheduled time as the tenant reads it ("15/07/2026 08:00").</param>
    /// <param name="by">Who saved the draft that called it off, when a person did.</param>
    public static string Describe(ScheduleCancelReason? reason, string local, string? by) => reason switch
    {
        ScheduleCancelReason.EditedWithoutPublishRight =>
            $"Lịch đăng {local} đã bị hủy vì có bản nháp mới hơn: {by ?? "một người dùng"} (không có quyền đăng) đã sửa bài sau khi hẹn. Bài chưa được đăng; xem lại rồi hẹn giờ lại hoặc bấm “Đăng”.",
        ScheduleCancelReason.NotPinned =>
            $"Lịch đăng {local} đã bị hủy: lịch được đặt trước khi hệ thống ghi lại phiên bản được hẹn, nên không rõ bản nào đã được duyệt. Bài chưa được đăng; xem lại rồi hẹn giờ lại.",
        _ =>
            $"Lịch đăng {local} đã bị hủy vì có bản nháp mới hơn bản đã hẹn. Bài chưa được đăng; xem lại rồi hẹn giờ lại hoặc bấm “Đăng”.",
    };
}
