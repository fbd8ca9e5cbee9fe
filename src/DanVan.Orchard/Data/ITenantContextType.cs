namespace DanVan.Orchard.Data;

/// <summary>Names the scoped tenant DbContext a module registered (its migration knows it): what a recipe's unit joins.</summary>
internal interface ITenantContextType
{
    Type ContextType { get; }
}
