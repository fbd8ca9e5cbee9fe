using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;

namespace DanVan.Orchard.Modules;

/// <summary>Every feature of every module in this build, read from the modules' manifests.</summary>
public sealed class FeatureCatalog
{
    private readonly FrozenDictionary<string, FeatureDescriptor> _features;
    private readonly ConcurrentDictionary<Type, string?> _owners = new();

    public FeatureCatalog(IEnumerable<FeatureDescriptor> features)
    {
        _features = features.ToFrozenDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var feature in _features.Values)
        {
            foreach (var dependency in feature.Dependencies)
            {
                if (!_features.ContainsKey(dependency))
                {
                    throw new InvalidOperationException($"Feature '{feature.Id}' depends on '{dependency}', which no module provides.");
                }
            }
        }
    }

    public static FeatureCatalog FromAssemblies(IEnumerable<Assembly> assemblies) => new(
        assemblies.SelectMany(assembly => assembly.GetCustomAttributes<FeatureAttribute>().Select(f => new FeatureDescriptor(
            f.Id, f.Name, f.Description, f.Category, f.Dependencies, assembly.GetName().Name!, f.DefaultTenantOnly, f.IsAlwaysEnabled))));

    public IEnumerable<FeatureDescriptor> All => _features.Values;

    public FeatureDescriptor? Find(string id) => _features.GetValueOrDefault(id);

    /// <summary>
    /// The feature a type of a module belongs to, decided once a type: the one it names with
    /// <see cref="RequiresFeatureAttribute"/>, else its module's main feature (the one whose id is the assembly's name);
    /// null for the framework's own types, which are always on. Controllers, content handlers, admin menus,
    /// permissions, recipe steps and setup handlers are all gated by this one answer.
    /// </summary>
    public string? FeatureOf(Type type) => _owners.GetOrAdd(type, static (t, features) =>
        t.GetCustomAttribute<RequiresFeatureAttribute>()?.FeatureId ?? features.GetValueOrDefault(t.Assembly.GetName().Name!)?.Id, _features);

    /// <summary>The features and, recursively, everything they depend on. Throws on an unknown id.</summary>
    public IReadOnlySet<string> WithDependencies(IEnumerable<string> ids)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(ids);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            var feature = Find(id) ?? throw new UnknownFeatureException(id);
            if (result.Add(feature.Id))
            {
                foreach (var dependency in feature.Dependencies)
                {
                    pending.Push(dependency);
                }
            }
        }

        return result;
    }

    /// <summary>The features and, recursively, every enabled feature that depends on them (turned off along).</summary>
    public IReadOnlySet<string> WithDependents(IEnumerable<string> ids, IReadOnlySet<string> enabled)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(ids.Select(id => (Find(id) ?? throw new UnknownFeatureException(id)).Id));
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (!result.Add(id))
            {
                continue;
            }

            foreach (var dependent in _features.Values.Where(f => enabled.Contains(f.Id) &&
                         f.Dependencies.Contains(id, StringComparer.OrdinalIgnoreCase)))
            {
                pending.Push(dependent.Id);
            }
        }

        return result;
    }
}
