using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Orchard.Contents.Parts;

/// <summary>
/// The parts and field types active in one tenant: the registrations whose feature the tenant has on (the last one
/// of a name wins), with their handlers and editors resolved from the request's scope.
/// </summary>
public sealed class ContentElements
{
    private readonly Dictionary<(ContentElementKind, string), ContentElementRegistration> _active = [];
    private readonly IServiceProvider _services;

    public ContentElements(IEnumerable<ContentElementRegistration> registrations, IReadOnlySet<string> enabledFeatures, IServiceProvider services)
    {
        _services = services;
        foreach (var registration in registrations.Where(r => r.FeatureId is null || enabledFeatures.Contains(r.FeatureId)))
        {
            _active[(registration.Kind, registration.Name)] = registration;
        }
    }

    /// <summary>The field types definitions may use, in registration order.</summary>
    public IReadOnlyList<string> FieldTypes => _active.Values.Where(r => r.Kind == ContentElementKind.Field).Select(r => r.Name).ToList();

    public IContentPartHandler? PartHandler(string partName) => Resolve<IContentPartHandler>(ContentElementKind.Part, partName, r => r.HandlerType);

    public IContentPartEditor? PartEditor(string partName) => Resolve<IContentPartEditor>(ContentElementKind.Part, partName, r => r.EditorType);

    public IContentFieldHandler? FieldHandler(string fieldType) => Resolve<IContentFieldHandler>(ContentElementKind.Field, fieldType, r => r.HandlerType);

    public IContentFieldEditor? FieldEditor(string fieldType) => Resolve<IContentFieldEditor>(ContentElementKind.Field, fieldType, r => r.EditorType);

    private T? Resolve<T>(ContentElementKind kind, string name, Func<ContentElementRegistration, Type?> type)
        where T : class =>
        _active.TryGetValue((kind, name), out var registration) && type(registration) is { } implementation
            ? (T)_services.GetRequiredService(implementation)
            : null;
}
