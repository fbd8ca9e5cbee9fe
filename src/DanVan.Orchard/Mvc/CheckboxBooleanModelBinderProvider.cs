using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Orchard.Mvc;

/// <summary>Uses <see cref="CheckboxBooleanModelBinder"/> for every <c>bool</c> and <c>bool?</c> bound from a request.</summary>
public sealed class CheckboxBooleanModelBinderProvider : IModelBinderProvider
{
    private static readonly CheckboxBooleanModelBinder Required = new(nullable: false);
    private static readonly CheckboxBooleanModelBinder Optional = new(nullable: true);

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool) ? Required
        : context.Metadata.ModelType == typeof(bool?) ? Optional
        : null;
}
