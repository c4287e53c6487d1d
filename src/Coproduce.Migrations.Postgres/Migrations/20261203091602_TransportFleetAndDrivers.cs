using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TransportFleetAndDrivers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TransportDriverChecks",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Licence = table.Column<int>(type: "integer", nullable: false),
                    BornOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LicenceHeldSince = table.Column<DateOnly>(type: "date", nullable: false),
                    Midas = table.Column<int>(type: "integer", nullable: false),
                    MidasPassedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PatsPassedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DbsCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportDriverChecks", x => new { x.ServiceId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_TransportDriverChecks_Organisations_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportDriverChecks_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportDriverChecks_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransportVehicles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Registration = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Seats = table.Column<int>(type: "integer", nullable: false),
                    WheelchairSpaces = table.Column<int>(type: "integer", nullable: false),
                    Access = table.Column<int>(type: "integer", nullable: false),
                    GrossWeightKg = table.Column<int>(type: "integer", nullable: false),
                    Base = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PermitNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PermitExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SpareDays = table.Column<int>(type: "integer", nullable: false),
                    SpareFrom = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    SpareUntil = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    AddedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportVehicles", x => x.Id);
                    table.CheckConstraint("CK_TransportVehicles_Seats", "\"Seats\" > 0 AND \"WheelchairSpaces\" >= 0");
                    table.CheckConstraint("CK_TransportVehicles_SpareDays", "\"SpareDays\" > 0 AND \"SpareDays\" < 128");
                    table.ForeignKey(
                        name: "FK_TransportVehicles_Organisations_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportVehicles_People_AddedById",
                        column: x => x.AddedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TransportDriverChecks_PersonId",
                table: "TransportDriverChecks",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportDriverChecks_RecordedById",
                table: "TransportDriverChecks",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportVehicles_AddedById",
                table: "TransportVehicles",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportVehicles_ServiceId_Registration",
                table: "TransportVehicles",
                columns: new[] { "ServiceId", "Registration" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TransportDriverChecks");

            migrationBuilder.DropTable(
                name: "TransportVehicles");
        }
    }
}
