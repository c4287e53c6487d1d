using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PlacesAndBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TransportBookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    PassengerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Evening = table.Column<DateOnly>(type: "date", nullable: false),
                    Time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    TimeIs = table.Column<int>(type: "integer", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FromAddress = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    FromLatitude = table.Column<double>(type: "double precision", nullable: false),
                    FromLongitude = table.Column<double>(type: "double precision", nullable: false),
                    ToAddress = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    ToLatitude = table.Column<double>(type: "double precision", nullable: false),
                    ToLongitude = table.Column<double>(type: "double precision", nullable: false),
                    Seats = table.Column<int>(type: "integer", nullable: false),
                    WheelchairSpaces = table.Column<int>(type: "integer", nullable: false),
                    ReturnOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    BookedById = table.Column<Guid>(type: "uuid", nullable: false),
                    BookedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportBookings", x => x.Id);
                    table.CheckConstraint("CK_TransportBookings_Party", "\"Seats\" >= 0 AND \"WheelchairSpaces\" >= 0 AND \"Seats\" + \"WheelchairSpaces\" > 0");
                    table.ForeignKey(
                        name: "FK_TransportBookings_Organisations_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportBookings_People_BookedById",
                        column: x => x.BookedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportBookings_People_PassengerId",
                        column: x => x.PassengerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportBookings_TransportBookings_ReturnOfId",
                        column: x => x.ReturnOfId,
                        principalTable: "TransportBookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransportPlaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    AddedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportPlaces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransportPlaces_Organisations_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportPlaces_People_AddedById",
                        column: x => x.AddedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TransportBookings_BookedById",
                table: "TransportBookings",
                column: "BookedById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportBookings_PassengerId_Evening",
                table: "TransportBookings",
                columns: new[] { "PassengerId", "Evening" });

            migrationBuilder.CreateIndex(
                name: "IX_TransportBookings_ReturnOfId",
                table: "TransportBookings",
                column: "ReturnOfId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportBookings_ServiceId_Evening",
                table: "TransportBookings",
                columns: new[] { "ServiceId", "Evening" });

            migrationBuilder.CreateIndex(
                name: "IX_TransportBookings_ServiceId_Reference",
                table: "TransportBookings",
                columns: new[] { "ServiceId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TransportPlaces_AddedById",
                table: "TransportPlaces",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportPlaces_ServiceId_Name",
                table: "TransportPlaces",
                columns: new[] { "ServiceId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TransportBookings");

            migrationBuilder.DropTable(
                name: "TransportPlaces");
        }
    }
}
