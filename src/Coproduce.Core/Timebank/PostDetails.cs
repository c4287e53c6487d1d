namespace Coproduce.Core.Timebank;

/// <summary>An offer or request as someone typed it; <see cref="PostService"/> checks every part.</summary>
/// <param name="AuthorId">The member offering or asking (a coordinator may post for a member).</param>
/// <param name="Kind">An offer or a request.</param>
/// <param name="CategoryId">What kind of help.</param>
/// <param name="Title">A short line: "Help in your garden".</param>
/// <param name="Description">More about it, if they like.</param>
/// <param name="Area">Where; the timebank's area when left blank.</param>
/// <param name="Availability">When, in their words, if they like.</param>
/// <param name="EndsOn">The last day it is up, as year-month-day numbers ("2027-1-31").</param>
public sealed record PostDetails(Guid AuthorId, PostKind Kind, Guid CategoryId, string? Title, string? Description, string? Area, string? Availability,
    string? EndsOn);

/// <summary>What to look for among a timebank's offers and requests.</summary>
/// <param name="Text">Words to find in the title, description, area or availability; every word must be there.</param>
/// <param name="Kind">Offers only, requests only, or both.</param>
/// <param name="CategoryId">One category only.</param>
/// <param name="Area">Posts in this area only (folded, so "pontycymer" finds "Pontycymer").</param>
/// <param name="UpOn">Posts still up on this day; today when not given.</param>
/// <param name="Page">Which page of <see cref="PostService.PageSize"/>, from 1.</param>
public sealed record PostSearch(string? Text = null, PostKind? Kind = null, Guid? CategoryId = null, string? Area = null, DateOnly? UpOn = null,
    int Page = 1);

/// <summary>A post as the lists show it.</summary>
/// <param name="Post">The post.</param>
/// <param name="AuthorName">Who offers or asks.</param>
/// <param name="Category">Its category.</param>
/// <param name="Responses">How many members have answered it.</param>
public sealed record PostView(TimebankPost Post, string AuthorName, SkillCategory Category, int Responses);

/// <summary>A page of posts.</summary>
/// <param name="Posts">This page's posts, newest first.</param>
/// <param name="Total">How many match in all.</param>
/// <param name="Page">Which page this is.</param>
public sealed record PostsPage(IReadOnlyList<PostView> Posts, int Total, int Page);
