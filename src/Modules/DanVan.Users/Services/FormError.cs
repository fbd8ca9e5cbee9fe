namespace DanVan.Users.Services;

/// <summary>A problem with a form: <see cref="Field"/> is the input it concerns, empty for the form as a whole.</summary>
public sealed record FormError(string Field, string Message)
{
    public const string WholeForm = "";
}
