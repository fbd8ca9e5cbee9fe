using DanVan.Orchard.Security;

namespace DanVan.Users.ViewModels;

/// <summary>Vietnamese names of the standard roles, for display only (the stored role names stay in English).</summary>
public static class RoleNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        [StandardRoles.Administrator] = "Quản trị",
        [StandardRoles.Editor] = "Biên tập viên",
        [StandardRoles.Author] = "Tác giả",
        [StandardRoles.Contributor] = "Cộng tác viên",
    };

    private static readonly Dictionary<string, string> Explanations = new(StringComparer.OrdinalIgnoreCase)
    {
        [StandardRoles.Administrator] = "Toàn quyền với trang: người dùng, cài đặt, menu, tính năng và mọi nội dung.",
        [StandardRoles.Editor] = "Sửa, đăng, gỡ và xóa mọi nội dung của trang, kể cả bài của người khác.",
        [StandardRoles.Author] = "Viết, đăng và xóa bài và tệp của chính mình.",
        [StandardRoles.Contributor] = "Viết bản nháp của mình, không tự đăng: biên tập viên duyệt và đăng.",
    };

    private static readonly string[] StandardOrder =
        [StandardRoles.Administrator, StandardRoles.Editor, StandardRoles.Author, StandardRoles.Contributor];

    /// <summary>The name to show for a role: Vietnamese for the standard roles, the role's own name otherwise.</summary>
    public static string Display(string role) => Names.TryGetValue(role, out var name) ? name : role;

    /// <summary>One line saying what the role may do (standard roles only; null for others).</summary>
    public static string? Explain(string role) => Explanations.GetValueOrDefault(role);

    /// <summary>Standard roles first (from the most to the least powerful), then the others by name.</summary>
    public static IReadOnlyList<string> Sort(IEnumerable<string> roles) => roles
        .OrderBy(Rank)
        .ThenBy(r => r, StringComparer.OrdinalIgnoreCase)
        .ToList();

    private static int Rank(string role)
    {
        var index = Array.FindIndex(StandardOrder, s => string.Equals(s, role, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? StandardOrder.Length : index;
    }
}
