using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Timebank;

/// <summary>
/// A timebank's own kinds of help, beside the installation's: "Walking the Garw Valley trail", "Chapel flowers". Its
/// coordinators add them, named in English and in Welsh, so every page and list can show them in the reader's language.
/// </summary>
public sealed class CategoryService(UnitsOfWork units)
{
    /// <summary>The most categories a timebank may add, so its lists stay short enough to choose from.</summary>
    public const int MaximumOwnCategories = 40;

    // A timebank's own come after the seeded ones and before "Other help" (1000), in the order they were added.
    private const int FirstOwnSortOrder = 500;

    /// <summary>
    /// Adds a category to the timebank. Refused, changing nothing, for anyone but its coordinators, in a suspended
    /// timebank, for a missing name in either language, one too long, one the timebank already has (in either
    /// language, however it is written), and past <see cref="MaximumOwnCategories"/>.
    /// </summary>
    public Task<Result<SkillCategory>> AddAsync(Guid actorId, Guid organisationId, string? name, string? nameWelsh, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            var refusal = !await TimebankAccess.CoordinatesAsync(db, actorId, organisationId, token) ? new FieldError(string.Empty, "Timebank.NotCoordinator")
                : await db.Organisations.AnyAsync(o => o.Id == organisationId && o.Kind == OrganisationKind.Timebank, token) is false
                    ? new FieldError(string.Empty, "Timebank.NotATimebank")
                : await PeopleService.RefuseIfSuspendedAsync(work, organisationId, token);
            if (refusal is not null)
            {
                return Result<SkillCategory>.Refused(refusal);
            }

            var errors = new List<FieldError>();
            var english = TextRules.Required("Name", name, PostService.MaximumCategoryNameLength, "Timebank.CategoryNameRequired",
                "Timebank.CategoryNameTooLong", errors);
            var welsh = TextRules.Required("NameWelsh", nameWelsh, PostService.MaximumCategoryNameLength, "Timebank.CategoryNameWelshRequired",
                "Timebank.CategoryNameTooLong", errors);
            var existing = await db.TimebankCategories.AsNoTracking().Where(c => c.OrganisationId == null || c.OrganisationId == organisationId)
                .ToListAsync(token);
            var taken = existing.SelectMany(c => new[] { c.Name, c.NameWelsh }).Select(Folded).ToHashSet(StringComparer.Ordinal);
            if (english is not null && taken.Contains(Folded(english)))
            {
                errors.Add(new FieldError("Name", "Timebank.CategoryExists"));
            }

            if (welsh is not null && taken.Contains(Folded(welsh)))
            {
                errors.Add(new FieldError("NameWelsh", "Timebank.CategoryExists"));
            }

            var own = existing.Count(c => c.OrganisationId == organisationId);
            if (own >= MaximumOwnCategories)
            {
                errors.Add(new FieldError(string.Empty, "Timebank.TooManyCategories", MaximumOwnCategories));
            }

            if (errors.Count > 0)
            {
                return Result<SkillCategory>.Refused(errors);
            }

            var category = new SkillCategory(Guid.CreateVersion7(), organisationId, english!, welsh!, FirstOwnSortOrder + own);
            db.TimebankCategories.Add(category);
            await db.SaveChangesAsync(token);
            return Result<SkillCategory>.Success(category);
        }, cancellationToken);

    private static string Folded(string name) => TextFolding.Key(name, PostService.MaximumCategoryNameLength);
}
