namespace Coproduce.Web.Tests.Components.Support;

/// <summary>Every GOV.UK tag helper the app has, each with the way to drive it from its component's fixtures.</summary>
internal static class GovukComponents
{
    public static IReadOnlyList<ComponentFixtures> All { get; } =
    [
        new TagFixtures(),
        new InsetTextFixtures(),
        new WarningTextFixtures(),
        new BackLinkFixtures(),
        new DetailsFixtures(),
        new PanelFixtures(),
        new NotificationBannerFixtures(),
        new ButtonFixtures(),
        new FieldsetFixtures(),
        new PaginationFixtures(),
        new TableFixtures(),
        new SummaryListFixtures(),
        new TaskListFixtures(),
        new InputFixtures(),
        new TextareaFixtures(),
        new SelectFixtures(),
        new FileUploadFixtures(),
        new CharacterCountFixtures(),
        new CheckboxesFixtures(),
        new RadiosFixtures(),
        new ErrorSummaryFixtures(),
        new DateInputFixtures(),
    ];
}
