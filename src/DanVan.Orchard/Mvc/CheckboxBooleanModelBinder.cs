using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Orchard.Mvc;

/// <summary>
/// Binds <c>bool</c> as a checkbox does: "true" (or "on") anywhere among the posted values means true, anything else
/// false. MVC's own binder keeps an unparsable value as the attempted value, and the checkbox tag helper then throws
/// when the form is shown again: a crafted post would answer 500 instead of the form.
/// </summary>
public sealed class CheckboxBooleanModelBinder(bool nullable) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var values = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (values == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        if (nullable && values.All(string.IsNullOrEmpty))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult(string.Empty));
            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }

        var isChecked = values.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(v, "on", StringComparison.OrdinalIgnoreCase));
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult(isChecked ? "true" : "false"));
        bindingContext.Result = ModelBindingResult.Success(isChecked);
        return Task.CompletedTask;
    }
}
