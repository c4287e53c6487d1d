using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TimebankGroupExchanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "GroupExchangeId",
                table: "TimebankExchanges",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TimebankGroupExchanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MoneyCostPence = table.Column<long>(type: "bigint", nullable: true),
                    MoneyCostNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimebankGroupExchanges", x => x.Id);
                    table.CheckConstraint("CK_TimebankGroupExchanges_Money", "\"MoneyCostPence\" IS NULL OR \"MoneyCostPence\" > 0");
                    table.ForeignKey(
                        name: "FK_TimebankGroupExchanges_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimebankGroupExchanges_People_OneId",
                        column: x => x.OneId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimebankGroupExchanges_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TimebankExchanges_GroupExchangeId",
                table: "TimebankExchanges",
                column: "GroupExchangeId");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankGroupExchanges_OneId",
                table: "TimebankGroupExchanges",
                column: "OneId");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankGroupExchanges_OrganisationId_RecordedAt",
                table: "TimebankGroupExchanges",
                columns: new[] { "OrganisationId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TimebankGroupExchanges_RecordedById",
                table: "TimebankGroupExchanges",
                column: "RecordedById");

            migrationBuilder.AddForeignKey(
                name: "FK_TimebankExchanges_TimebankGroupExchanges_GroupExchangeId",
                table: "TimebankExchanges",
                column: "GroupExchangeId",
                principalTable: "TimebankGroupExchanges",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TimebankExchanges_TimebankGroupExchanges_GroupExchangeId",
                table: "TimebankExchanges");

            migrationBuilder.DropTable(
                name: "TimebankGroupExchanges");

            migrationBuilder.DropIndex(
                name: "IX_TimebankExchanges_GroupExchangeId",
                table: "TimebankExchanges");

            migrationBuilder.DropColumn(
                name: "GroupExchangeId",
                table: "TimebankExchanges");
        }
    }
}
