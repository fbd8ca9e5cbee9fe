namespace DanVan.Orchard.Tenancy;

/// <summary>Why a tenant request is refused; callers choose their answer by it (HTTP status, form field), never by the message text.</summary>
public enum TenantErrorCode
{
    /// <summary>A value that is not well-formed (name, prefix, host name, recipe…).</summary>
    Invalid,

    /// <summary>A district needs a prefix or a host name.</summary>
    AddressRequired,

    NameTaken,
    PrefixTaken,

    /// <summary>The prefix is one of the platform's first path segments (its own or a module's route).</summary>
    PrefixReserved,

    HostTaken,

    /// <summary>The host name is the portal's (configured or the Default tenant's) or a loopback name.</summary>
    HostReserved,

    /// <summary>No tenant of that name.</summary>
    NotFound,

    /// <summary>The tenant's state (or being the Default tenant) does not allow the change.</summary>
    WrongState,
}
