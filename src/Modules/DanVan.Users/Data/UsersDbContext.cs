using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Users.Data;

/// <summary>ASP.NET Core Identity's tables, in the tenant's own database.</summary>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : IdentityDbContext<IdentityUser, IdentityRole, string>(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Users";
}
