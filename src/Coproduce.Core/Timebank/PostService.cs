using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Notifications;
using Coproduce.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Timebank;

/// <summary>
/// Offers and requests in a timebank: a member (or a coordinator for them) posts one, others find it and answer it,
/// and the author is told. A post is up until its end date; the author renews it in one step.
/// </summary>
public sealed partial class PostService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, Outbox outbox, ISiteLinks links,
    TimeProvider clock)
{
    /// <summary>The longest title.</summary>
    public const int MaximumTitleLength = 120;

    /// <summary>The longest description.</summary>
    public const int MaximumDescriptionLength = 1000;

    /// <summary>The longest area.</summary>
    public const int MaximumAreaLength = 100;

    /// <summary>The longest availability.</summary>
    public const int MaximumAvailabilityLength = 200;

    /// <summary>The longest message to an author.</summary>
    public const int MaximumMessageLength = 500;

    /// <summary>The longest category name.</summary>
    public const int MaximumCategoryNameLength = 80;

    /// <summary>The longest folded search text kept.</summary>
    public const int MaximumSearchTextLength = 1500;

    /// <summary>How long a post is up at most, and how long renewing puts it up for.</summary>
    public const int MaximumDaysUp = 365;

    /// <summary>How long renewing puts a post up for.</summary>
    public const int RenewalDays = 56;

    /// <summary>Posts on a page of the list.</summary>
    public const int PageSize = 20;

    /// <summary>How many days before a post ends its author is reminded, with a link to renew it.</summary>
    public const int ReminderDays = 3;

    /// <summary>
    /// Reminds, each in its own act, the authors of posts that end within <see cref="ReminderDays"/> days and have not
    /// been reminded for this end date, with a link to renew them in one step. Run by the app every hour; two servers
    /// running it at once remind each author once (the reminder's mark is a concurrency check). Returns how many.
    /// </summary>
    public async Task<int> RemindEndingAsync(CancellationToken cancellationToken = default)
    {
        var today = UkTime.Today(clock);
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.TimebankPosts.Where(p => p.Status == PostStatus.Open && p.ReminderSentAt == null
                    && p.EndsOn >= today && p.EndsOn <= today.AddDays(ReminderDays))
                .OrderBy(p => p.EndsOn).Select(p => p.Id).Take(500).ToListAsync(cancellationToken);
        }

        var reminded = 0;
        foreach (var id in due)
        {
            var result = await units.RunAsync(async (work, token) =>
            {
                var post = await work.Db.TimebankPosts.SingleAsync(p => p.Id == id, token);
                if (post.ReminderSentAt is not null)
                {
                    return Result<TimebankPost>.Refused(new FieldError(string.Empty, "Timebank.AlreadyReminded"));
                }

                post.Reminded(clock.GetUtcNow());
                // Saved first: if another server marked it a moment before, this act stops here and sends nothing.
                await work.Db.SaveChangesAsync(token);
                var author = await work.Db.People.AsNoTracking().SingleAsync(p => p.Id == post.AuthorId, token);
                if (author.Profile.Email is { } email)
                {
                    var language = author.Profile.Language.Culture();
                    outbox.EnqueueEmail(work, email, author.Id, language, NotificationTemplate.PostEndingSoon,
                        [author.Profile.Name, post.Title, post.EndsOn.ToString("d MMMM yyyy", language),
                            links.LinkTo(language, $"/timebank/{post.OrganisationId}/posts/{post.Id}"), RenewalDays / 7], author.IsDemo);
                }

                return Result<TimebankPost>.Success(post);
            }, cancellationToken);
            reminded += result.Succeeded ? 1 : 0;
        }

        return reminded;
    }

    /// <summary>Posts a member (or a coordinator for a member). Refused, changing nothing, for bad details, an author who isn't a member, or anyone else posting.</summary>
    public Task<Result<TimebankPost>> CreateAsync(Guid actorId, Guid organisationId, PostDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        return units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, token);
            var refusal = organisation is null ? new FieldError(string.Empty, "People.UnknownOrganisation")
                : organisation.Kind != OrganisationKind.Timebank ? new FieldError(string.Empty, "Timebank.NotATimebank")
                : actorId != details.AuthorId && !await TimebankAccess.CoordinatesAsync(db, actorId, organisationId, token) ? new FieldError(string.Empty, "Timebank.NotYourPost")
                : await PeopleService.RefuseIfSuspendedAsync(work, organisationId, token);
            if (refusal is not null)
            {
                return Result<TimebankPost>.Refused(refusal);
            }

            var errors = new List<FieldError>();
            var checkedDetails = await CheckAsync(db, organisation!, details, errors, token);
            if (!await TimebankAccess.IsMemberAsync(db, details.AuthorId, organisationId, token))
            {
                errors.Add(new FieldError(nameof(details.AuthorId), "Timebank.NotAMember"));
            }

            if (checkedDetails is null || errors.Count > 0)
            {
                return Result<TimebankPost>.Refused(errors);
            }

            var now = clock.GetUtcNow();
            var post = new TimebankPost(Guid.CreateVersion7(now), organisationId, details.AuthorId, actorId, details.Kind, checkedDetails, now);
            db.TimebankPosts.Add(post);
            db.TimebankPostWords.AddRange(PostWord.Of(post));
            await db.SaveChangesAsync(token);
            return Result<TimebankPost>.Success(post);
        }, cancellationToken);
    }

    /// <summary>Puts a post up again for <see cref="RenewalDays"/> from today: its author, or a coordinator.</summary>
    public Task<Result<TimebankPost>> RenewAsync(Guid actorId, Guid postId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, postId, post => post.Renew(UkTime.Today(clock).AddDays(RenewalDays)), cancellationToken);

    /// <summary>Takes a post down: its author, or a coordinator.</summary>
    public Task<Result<TimebankPost>> WithdrawAsync(Guid actorId, Guid postId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, postId, post => post.Withdraw(), cancellationToken);

    /// <summary>
    /// A member answers a post that is up: asks for the help offered, or offers the help asked for. The author is
    /// emailed in their language with the member's name, message and how to reach them.
    /// </summary>
    public Task<Result<PostResponse>> RespondAsync(Guid actorId, Guid postId, string? message, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var db = work.Db;
            var post = await db.TimebankPosts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == postId, token);
            if (post is null || !await TimebankAccess.IsInAsync(db, actorId, post.OrganisationId, token))
            {
                return Result<PostResponse>.Refused(new FieldError(string.Empty, "Timebank.UnknownPost"));
            }

            var refusal = post.AuthorId == actorId ? new FieldError(string.Empty, "Timebank.OwnPost")
                : !post.IsUpOn(UkTime.Today(clock)) ? new FieldError(string.Empty, "Timebank.PostExpired")
                : !await TimebankAccess.IsMemberAsync(db, actorId, post.OrganisationId, token) ? new FieldError(string.Empty, "Timebank.NotAMember")
                : await PeopleService.RefuseIfSuspendedAsync(work, post.OrganisationId, token);
            var errors = refusal is null ? [] : new List<FieldError> { refusal };
            var tidy = TextRules.TidyOptional(message);
            if (TextRules.Check("Message", tidy, TextKind.MultiLine) is { } textError)
            {
                errors.Add(textError);
            }
            else if (tidy?.Length > MaximumMessageLength)
            {
                errors.Add(new FieldError("Message", "Timebank.MessageTooLong", MaximumMessageLength));
            }

            if (errors.Count > 0)
            {
                return Result<PostResponse>.Refused(errors);
            }

            var now = clock.GetUtcNow();
            var response = new PostResponse(Guid.CreateVersion7(now), post.Id, actorId, tidy, now);
            db.TimebankPostResponses.Add(response);
            await db.SaveChangesAsync(token);
            var people = await db.People.AsNoTracking().Where(p => p.Id == actorId || p.Id == post.AuthorId).ToDictionaryAsync(p => p.Id, token);
            var (author, responder) = (people[post.AuthorId], people[actorId]);
            if (author.Profile.Email is { } email)
            {
                var language = author.Profile.Language.Culture();
                var reach = responder.Profile.Email ?? responder.Profile.Phone ?? links.LinkTo(language, $"/timebank/{post.OrganisationId}");
                outbox.EnqueueEmail(work, email, author.Id, language,
                    post.Kind == PostKind.Offer ? NotificationTemplate.OfferAnswered : NotificationTemplate.RequestAnswered,
                    [author.Profile.Name, responder.Profile.Name, post.Title, tidy ?? "—", reach], author.IsDemo);
            }

            return Result<PostResponse>.Success(response);
        }, cancellationToken);

    private Task<Result<TimebankPost>> ChangeAsync(Guid actorId, Guid postId, Action<TimebankPost> change, CancellationToken cancellationToken) =>
        units.RunAsync(async (work, token) =>
        {
            var post = await work.Db.TimebankPosts.SingleOrDefaultAsync(p => p.Id == postId, token);
            if (post is null || !await TimebankAccess.IsInAsync(work.Db, actorId, post.OrganisationId, token))
            {
                return Result<TimebankPost>.Refused(new FieldError(string.Empty, "Timebank.UnknownPost"));
            }

            var refusal = post.AuthorId != actorId && !await TimebankAccess.CoordinatesAsync(work.Db, actorId, post.OrganisationId, token)
                ? new FieldError(string.Empty, "Timebank.NotYourPost")
                : await PeopleService.RefuseIfSuspendedAsync(work, post.OrganisationId, token);
            if (refusal is not null)
            {
                return Result<TimebankPost>.Refused(refusal);
            }

            change(post);
            await work.Db.SaveChangesAsync(token);
            return Result<TimebankPost>.Success(post);
        }, cancellationToken);

    private async Task<PostDetailsChecked?> CheckAsync(CoproduceDbContext db, Organisation organisation, PostDetails details, List<FieldError> errors,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(details.Kind))
        {
            errors.Add(new FieldError(nameof(details.Kind), "Timebank.KindRequired"));
        }

        if (details.CategoryId == Guid.Empty)
        {
            errors.Add(new FieldError(nameof(details.CategoryId), "Timebank.CategoryRequired"));
        }
        else if (!await db.TimebankCategories.AnyAsync(c => c.Id == details.CategoryId && (c.OrganisationId == null || c.OrganisationId == organisation.Id),
                     cancellationToken))
        {
            errors.Add(new FieldError(nameof(details.CategoryId), "Timebank.CategoryRequired"));
        }

        var title = TextRules.Required(nameof(details.Title), details.Title, MaximumTitleLength, "Timebank.TitleRequired", "Timebank.TitleTooLong", errors);
        var description = Optional(nameof(details.Description), details.Description, MaximumDescriptionLength, TextKind.MultiLine, errors);
        var area = Optional(nameof(details.Area), details.Area, MaximumAreaLength, TextKind.SingleLine, errors) ?? organisation.Area;
        var availability = Optional(nameof(details.Availability), details.Availability, MaximumAvailabilityLength, TextKind.SingleLine, errors);

        var today = UkTime.Today(clock);
        var endsOn = default(DateOnly);
        if (string.IsNullOrWhiteSpace(details.EndsOn))
        {
            errors.Add(new FieldError(nameof(details.EndsOn), "Timebank.EndsOnRequired"));
        }
        else if (!DateOnly.TryParseExact(details.EndsOn.Trim(), "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out endsOn))
        {
            errors.Add(new FieldError(nameof(details.EndsOn), "Timebank.DateUnreadable"));
        }
        else if (endsOn < today)
        {
            errors.Add(new FieldError(nameof(details.EndsOn), "Timebank.EndsOnPast"));
        }
        else if (endsOn > today.AddDays(MaximumDaysUp))
        {
            errors.Add(new FieldError(nameof(details.EndsOn), "Timebank.EndsOnTooFar"));
        }

        return errors.Count > 0 ? null : new PostDetailsChecked(details.CategoryId, title!, description, area, availability, endsOn);
    }

    internal static string? Optional(string field, string? text, int maximumLength, TextKind kind, List<FieldError> errors)
    {
        var tidy = TextRules.TidyOptional(text);
        if (TextRules.Check(field, tidy, kind) is { } textError)
        {
            errors.Add(textError);
            return null;
        }

        if (tidy?.Length > maximumLength)
        {
            errors.Add(new FieldError(field, "Timebank.TextTooLong", maximumLength));
            return null;
        }

        return tidy;
    }
}
