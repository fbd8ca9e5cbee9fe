namespace DanVan.Tenants.Services;

/// <summary>A CSV row that passed validation; <see cref="Line"/> is the line in the file (header = 1).</summary>
public sealed record TenantImportRow(int Line, string Name, string DisplayName, string? Prefix, string? Host, string AdminEmail, string Recipe);

/// <summary>Why a row (or the file, line 0) cannot be imported.</summary>
public sealed record TenantImportError(int Line, string Column, string Message);

/// <summary>The validated content of a CSV: nothing is created unless <see cref="Errors"/> is empty.</summary>
public sealed record TenantImportPlan(IReadOnlyList<TenantImportRow> Rows, IReadOnlyList<TenantImportError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Rows.Count > 0;
}
