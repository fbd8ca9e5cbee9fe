using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Users.Services;

/// <summary>
/// Every problem of a user form at once: its annotations ("Nhập e-mail.") and Identity's validators (name taken,
/// password too weak), each on the field it concerns. A field whose annotations already failed is not validated
/// again by Identity, so it shows one message, not two saying the same thing.
/// </summary>
public static class UserFormValidator
{
    public static List<FormError> Annotations(object form)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [FormError.WholeForm])
                .Select(member => new FormError(member, r.ErrorMessage ?? "Giá trị không hợp lệ.")))
            .ToList();
    }

    /// <summary>Identity's user validators on <paramref name="user"/> (never saved here).</summary>
    public static async Task<IEnumerable<IdentityError>> ValidateUserAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.UserValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user)).Errors);
        }

        return errors;
    }

    public static async Task<IEnumerable<IdentityError>> ValidatePasswordAsync(UserManager<IdentityUser> users, IdentityUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        return errors;
    }

    /// <summary>Identity's (Vietnamese) errors on the field they concern, when <paramref name="fields"/> has it.</summary>
    public static IEnumerable<FormError> OnFields(IEnumerable<IdentityError> errors, params string[] fields) =>
        errors.Select(error => new FormError(FieldOf(error) is var field && fields.Contains(field) ? field : FormError.WholeForm, error.Description));

    /// <summary>Adds <paramref name="more"/> except on fields that already have an error.</summary>
    public static void AddWhereFree(this List<FormError> errors, IEnumerable<FormError> more)
    {
        var taken = errors.Where(e => e.Field.Length > 0).Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(more.Where(e => !taken.Contains(e.Field)).Distinct());
    }

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "InvalidUserName" => "UserName",
        "DuplicateEmail" or "InvalidEmail" => "Email",
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Password",
        _ => FormError.WholeForm,
    };
}
